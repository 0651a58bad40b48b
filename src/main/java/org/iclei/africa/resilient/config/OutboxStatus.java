package org.iclei.africa.resilient.config;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The outbox as the health checks and the metrics report it, for the whole cluster (one table): mails waiting, mails
 * given up, and how long the oldest waiting mail has waited.
 */
@Stateless
public class OutboxStatus {

    @PersistenceContext
    EntityManager em;

    /** A reading of the outbox table, taken at {@code readAt}. */
    public record Reading(long pending, long failed, Duration oldestPendingWait, Instant readAt) {
    }

    public Reading read(Instant now) {
        Object oldest = em.createNativeQuery("select min(created_at) from outgoing_mail where status = 'PENDING'").getSingleResult();
        Instant since = oldest instanceof Timestamp t ? t.toInstant() : oldest instanceof LocalDateTime l ? Timestamp.valueOf(l).toInstant() : now;
        return new Reading(count("PENDING"), count("FAILED"), since.isAfter(now) ? Duration.ZERO : Duration.between(since, now), now);
    }

    private long count(String status) {
        return ((Number) em.createNativeQuery("select count(*) from outgoing_mail where status = ?1").setParameter(1, status)
                .getSingleResult()).longValue();
    }
}
