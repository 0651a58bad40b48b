package org.iclei.africa.resilient.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The revision of what public pages show, kept in the database (table {@code content_revision}) so that every node of
 * a cluster sees it. A change to public content ({@link #changed}, called in the change's own transaction) counts it
 * up; {@link #current} reads it at most once a {@link #CHECK_INTERVAL_MILLIS second} and at once on the node that made
 * a change, after its commit. Whatever keeps rendered pages keeps them only while the revision stays the same.
 */
@ApplicationScoped
public class ContentRevision {

    static final long CHECK_INTERVAL_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(ContentRevision.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile long known = -1;
    private volatile long checkedAt;
    /** When the last read failed (System.nanoTime, 0: it did not): no new try for a second, nobody waits on the lock. */
    private volatile long failedAt;
    /** Counts this node's committed changes: a read that raced with one is not trusted for the next second. */
    private final AtomicLong commits = new AtomicLong();

    /** Counts the revision up in the current transaction; this node reads the new one as soon as it commits. */
    public void changed() {
        if (transactions.getResource(ContentRevision.class) != null) {
            return; // once per transaction is enough
        }
        transactions.putResource(ContentRevision.class, Boolean.TRUE);
        em.createNativeQuery("update content_revision set revision = revision + 1 where id = 1").executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    commits.incrementAndGet();
                    checkedAt = 0;
                }
            }
        });
    }

    /** The revision, read from the database at most once a second; empty while the database cannot be read. */
    public OptionalLong current() {
        long now = System.nanoTime();
        if (checkedAt != 0 && now - checkedAt < TimeUnit.MILLISECONDS.toNanos(CHECK_INTERVAL_MILLIS)) {
            return OptionalLong.of(known);
        }
        long failed = failedAt;
        if (failed != 0 && now - failed < TimeUnit.MILLISECONDS.toNanos(CHECK_INTERVAL_MILLIS)) {
            return OptionalLong.empty();
        }
        synchronized (this) {
            if (checkedAt != 0 && now - checkedAt < TimeUnit.MILLISECONDS.toNanos(CHECK_INTERVAL_MILLIS)) {
                return OptionalLong.of(known);
            }
            if (failedAt != 0 && now - failedAt < TimeUnit.MILLISECONDS.toNanos(CHECK_INTERVAL_MILLIS)) {
                return OptionalLong.empty();
            }
            long before = commits.get();
            try {
                Object value = em.createNativeQuery("select revision from content_revision where id = 1").getSingleResult();
                known = ((Number) value).longValue();
                checkedAt = commits.get() != before ? 0 : now == 0 ? 1 : now;
                failedAt = 0;
                return OptionalLong.of(known);
            } catch (RuntimeException e) {
                checkedAt = 0;
                failedAt = now == 0 ? 1 : now;
                LOG.log(Level.FINE, "The content revision could not be read", e);
                return OptionalLong.empty();
            }
        }
    }
}
