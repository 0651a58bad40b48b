package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.Supporter;
import org.iclei.africa.resilient.content.domain.SupporterRepository;

/** {@link SupporterRepository} with the named queries of {@link Supporter}. */
@ApplicationScoped
public class JpaSupporterRepository implements SupporterRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Supporter> all() {
        return em.createNamedQuery("Supporter.findAll", Supporter.class).getResultList();
    }

    @Override
    public Optional<Supporter> find(long id) {
        return Optional.ofNullable(em.find(Supporter.class, id));
    }

    @Override
    public void add(Supporter supporter) {
        em.persist(supporter);
    }

    @Override
    public void remove(Supporter supporter) {
        em.remove(supporter);
    }

    @Override
    public void markChanged(Supporter supporter) {
        em.lock(supporter, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
