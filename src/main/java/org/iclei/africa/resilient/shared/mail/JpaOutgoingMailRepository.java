package org.iclei.africa.resilient.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link OutgoingMailRepository} with the named queries of {@link OutgoingMail}, in the caller's transaction. */
@ApplicationScoped
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
    public Optional<OutgoingMail> claim(long id, Instant now) {
        // PostgreSQL and H2 2 both know SKIP LOCKED: a mail another node is sending is passed over, not waited for
        List<?> locked = em.createNativeQuery("select id from outgoing_mail where id = ?1 and status = ?2 and next_attempt_at <= ?3"
                        + " for update skip locked")
                .setParameter(1, id)
                .setParameter(2, MailStatus.PENDING.name())
                .setParameter(3, java.sql.Timestamp.from(now)) // as InstantConverter stores it
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail != null) {
            em.refresh(mail); // the row as locked, not as this transaction may have read it before
        }
        return Optional.ofNullable(mail).filter(m -> m.getStatus() == MailStatus.PENDING && !m.getNextAttemptAt().isAfter(now));
    }

    @Override
    public List<Long> dueIds(Instant now, int max) {
        return em.createNamedQuery("OutgoingMail.findDue", OutgoingMail.class)
                .setParameter("status", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream().map(OutgoingMail::getId).toList();
    }

    @Override
    public List<OutgoingMail> list(MailStatus status, int first, int max) {
        var query = status == null ? em.createNamedQuery("OutgoingMail.findAll", OutgoingMail.class)
                : em.createNamedQuery("OutgoingMail.findByStatus", OutgoingMail.class).setParameter("status", status);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(MailStatus status) {
        return status == null ? em.createNamedQuery("OutgoingMail.countAll", Long.class).getSingleResult()
                : em.createNamedQuery("OutgoingMail.countByStatus", Long.class).setParameter("status", status).getSingleResult();
    }

    @Override
    public int removeSentBefore(Instant before) {
        return em.createNamedQuery("OutgoingMail.removeSentBefore").setParameter("status", MailStatus.SENT)
                .setParameter("before", before).executeUpdate();
    }
}
