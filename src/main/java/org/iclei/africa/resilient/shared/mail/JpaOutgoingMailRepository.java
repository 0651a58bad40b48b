package org.iclei.africa.resilient.shared.mail;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link OutgoingMailRepository} with the named queries of {@link OutgoingMail}, in the caller's transaction.
 * An enterprise bean, unlike the other repositories: the outbox is also read by the mail sender on the server's
 * scheduler, outside any web request, where Payara 6 gave a CDI bean's entity manager the wrong context (the
 * first run after a restart could find it closed, and no mail went out until the next restart).
 */
@Stateless
public class JpaOutgoingMailRepository implements OutgoingMailRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(OutgoingMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutgoingMail> find(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    @Override
    public List<Long> dueIds(Instant now, int max) {
        return em.createNamedQuery("OutgoingMail.findDue", OutgoingMail.class)
                .setParameter("status", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream().map(OutgoingMail::getId).toList();
    }
}
