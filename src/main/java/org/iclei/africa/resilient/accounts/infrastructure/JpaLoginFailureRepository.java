package org.iclei.africa.resilient.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.LoginFailure;
import org.iclei.africa.resilient.accounts.domain.LoginFailureRepository;

/** {@link LoginFailureRepository} with the named queries of {@link LoginFailure}, in the caller's transaction. */
@ApplicationScoped
public class JpaLoginFailureRepository implements LoginFailureRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<LoginFailure> findByKey(String key) {
        return em.createNamedQuery("LoginFailure.findByKey", LoginFailure.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public void add(LoginFailure failure) {
        em.persist(failure);
    }

    @Override
    public void remove(LoginFailure failure) {
        em.remove(failure);
    }

    @Override
    public int removeOlderThan(java.time.Instant before) {
        return em.createNamedQuery("LoginFailure.removeOlderThan").setParameter("before", before).executeUpdate();
    }
}
