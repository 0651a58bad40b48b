package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.PioneerCityRepository;

/** {@link PioneerCityRepository} with the named queries of {@link PioneerCity}. */
@ApplicationScoped
public class JpaPioneerCityRepository implements PioneerCityRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<PioneerCity> all() {
        return em.createNamedQuery("PioneerCity.findAll", PioneerCity.class).getResultList();
    }

    @Override
    public Optional<PioneerCity> findBySlug(String slug) {
        return em.createNamedQuery("PioneerCity.findBySlug", PioneerCity.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PioneerCity> find(long id) {
        return Optional.ofNullable(em.find(PioneerCity.class, id));
    }

    @Override
    public void add(PioneerCity city) {
        em.persist(city);
    }

    @Override
    public void remove(PioneerCity city) {
        em.remove(city);
    }

    @Override
    public long countResources(PioneerCity city) {
        return em.createNamedQuery("PioneerCity.countResources", Long.class).setParameter("city", city).getSingleResult();
    }

    @Override
    public void markChanged(PioneerCity city) {
        em.lock(city, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
