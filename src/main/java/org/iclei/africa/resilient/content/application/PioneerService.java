package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.PioneerCity;

/** The pioneer cities for the Pioneers pages and the home page. */
@Stateless
public class PioneerService {

    @PersistenceContext
    EntityManager em;

    public List<PioneerCity> all() {
        return em.createNamedQuery("PioneerCity.findAll", PioneerCity.class).getResultList();
    }

    public Optional<PioneerCity> bySlug(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 60) {
            return Optional.empty();
        }
        return em.createNamedQuery("PioneerCity.findBySlug", PioneerCity.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** The library resources about a city, newest first. */
    public List<LibraryResource> resourcesOf(PioneerCity city) {
        return em.createNamedQuery("LibraryResource.byCity", LibraryResource.class)
                .setParameter("city", city)
                .getResultList();
    }
}
