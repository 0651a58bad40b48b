package org.iclei.africa.resilient.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Role;

/** {@link AccountRepository} with the named queries of {@link Account}, in the caller's transaction. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Account> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public void remove(Account account) {
        em.remove(account);
    }

    @Override
    public long countByRole(Role role) {
        return em.createNamedQuery("Account.countByRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public List<String> emailsByRoleAndStatus(Role role, AccountStatus status) {
        return em.createNamedQuery("Account.findEmailsByRoleAndStatus", String.class)
                .setParameter("role", role).setParameter("status", status).getResultList();
    }
}
