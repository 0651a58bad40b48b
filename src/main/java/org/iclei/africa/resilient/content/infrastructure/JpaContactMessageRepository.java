package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.ContactMessage;
import org.iclei.africa.resilient.content.domain.ContactMessageFilter;
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

    @Override
    public Optional<ContactMessage> find(long id) {
        return Optional.ofNullable(em.find(ContactMessage.class, id));
    }

    @Override
    public List<ContactMessage> list(ContactMessageFilter filter, int first, int max) {
        return em.createNamedQuery("ContactMessage.find" + filter.name(), ContactMessage.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(ContactMessageFilter filter) {
        return em.createNamedQuery("ContactMessage.count" + filter.name(), Long.class).getSingleResult();
    }

    @Override
    public List<ContactMessage> findByEmail(String email) {
        return em.createNamedQuery("ContactMessage.findByEmail", ContactMessage.class)
                .setParameter("email", email.trim().toLowerCase(java.util.Locale.ROOT)).getResultList();
    }
}
