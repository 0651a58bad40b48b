package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.content.domain.ContactMessageRepository;

/** {@link ContactMessageRepository} with the named queries of {@link ContactMessage}, in the caller's transaction. */
@ApplicationScoped
public class JpaContactMessageRepository implements ContactMessageRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ContactMessage message) {
        em.persist(message);
    }

    @Override
    public long countFromClientSince(String clientKey, Instant since) {
        return em.createNamedQuery("ContactMessage.countFromClientSince", Long.class)
                .setParameter("clientKey", clientKey).setParameter("since", since).getSingleResult();
    }
}
