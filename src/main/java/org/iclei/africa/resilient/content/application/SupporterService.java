package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.iclei.africa.resilient.content.domain.Supporter;

/** The funders and partners, in their display order. */
@Stateless
public class SupporterService {

    @PersistenceContext
    EntityManager em;

    public List<Supporter> all() {
        return em.createNamedQuery("Supporter.findAll", Supporter.class).getResultList();
    }
}
