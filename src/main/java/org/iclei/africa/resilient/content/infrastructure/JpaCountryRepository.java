package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryRepository;

/** {@link CountryRepository} with the named queries of {@link Country}. */
@ApplicationScoped
public class JpaCountryRepository implements CountryRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Country> all() {
        return em.createNamedQuery("Country.findAll", Country.class).getResultList();
    }

    @Override
    public Optional<Country> findByCode(String code) {
        return em.createNamedQuery("Country.findByCode", Country.class).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Country> find(long id) {
        return Optional.ofNullable(em.find(Country.class, id));
    }

    @Override
    public long countPioneerCities(Country country) {
        return em.createNamedQuery("Country.countPioneerCities", Long.class).setParameter("country", country).getSingleResult();
    }

    @Override
    public void add(Country country) {
        em.persist(country);
    }

    @Override
    public void remove(Country country) {
        em.remove(country);
    }
}
