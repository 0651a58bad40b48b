package org.iclei.africa.resilient.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.MunicipalityRepository;
import org.iclei.africa.resilient.content.domain.Country;

/** {@link MunicipalityRepository} with the named queries of {@link Municipality}, in the caller's transaction. */
@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Municipality> findByNameAndCountry(String name, Country country) {
        return em.createNamedQuery("Municipality.findByNameAndCountry", Municipality.class)
                .setParameter("name", name).setParameter("country", country).getResultStream().findFirst();
    }

    @Override
    public List<String> names() {
        return em.createNamedQuery("Municipality.findAllNames", String.class).getResultList();
    }

    @Override
    public void add(Municipality municipality) {
        em.persist(municipality);
    }

    @Override
    public long countByCountry(Country country) {
        return em.createNamedQuery("Municipality.countByCountry", Long.class).setParameter("country", country).getSingleResult();
    }

    @Override
    public long countAccountsByCountry(Country country) {
        return em.createNamedQuery("Municipality.countAccountsByCountry", Long.class).setParameter("country", country).getSingleResult();
    }

    @Override
    public void removeIfUnused(long id) {
        Municipality municipality = em.find(Municipality.class, id);
        if (municipality != null && em.createNamedQuery("Municipality.countAccounts", Long.class)
                .setParameter("municipality", municipality).getSingleResult() == 0) {
            em.remove(municipality);
        }
    }

    @Override
    public Optional<Municipality> find(long id) {
        return Optional.ofNullable(em.find(Municipality.class, id));
    }

    @Override
    public List<Municipality> inCountry(String countryCode) {
        return em.createNamedQuery("Municipality.findByCountry", Municipality.class).setParameter("country", countryCode).getResultList();
    }

    @Override
    public void moveAccounts(Municipality from, Municipality into) {
        em.flush();
        em.createNamedQuery("Municipality.moveAccounts").setParameter("from", from).setParameter("into", into).executeUpdate();
        em.clear();
    }

    @Override
    public void remove(Municipality municipality) {
        em.remove(em.contains(municipality) ? municipality : em.find(Municipality.class, municipality.getId()));
        em.flush();
    }
}
