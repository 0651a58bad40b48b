package org.iclei.africa.resilient.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountToken;
import org.iclei.africa.resilient.accounts.domain.AccountTokenRepository;
import org.iclei.africa.resilient.accounts.domain.TokenPurpose;

/** {@link AccountTokenRepository} with the named queries of {@link AccountToken}, in the caller's transaction. */
@ApplicationScoped
public class JpaAccountTokenRepository implements AccountTokenRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<AccountToken> findByToken(String token) {
        return em.createNamedQuery("AccountToken.findByHash", AccountToken.class)
                .setParameter("hash", AccountToken.hash(token)).getResultStream().findFirst();
    }

    @Override
    public void add(AccountToken token) {
        em.persist(token);
    }

    @Override
    public List<AccountToken> findOpen(Account account, TokenPurpose purpose) {
        return em.createNamedQuery("AccountToken.findOpen", AccountToken.class)
                .setParameter("account", account).setParameter("purpose", purpose).getResultList();
    }

    @Override
    public int removeSpentBefore(java.time.Instant before) {
        return em.createNamedQuery("AccountToken.removeSpentBefore").setParameter("before", before).executeUpdate();
    }
}
