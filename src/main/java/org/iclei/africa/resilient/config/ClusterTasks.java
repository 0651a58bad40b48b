package org.iclei.africa.resilient.config;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs of the scheduled tasks that must happen once in a cluster, not once per node (the reminders, the retention
 * purge). Every node schedules every task; at each tick a node first claims the run in the database
 * ({@code cluster_task}, V30): one update moves the task's {@code run_after} a little less than an interval forward,
 * and only the node whose update changed the row runs the task. A node that stops mid-run leaves the next run to
 * whichever node ticks first after {@code run_after}. The mail outbox claims each mail instead
 * ({@code OutgoingMailRepository.claim}), so that all nodes share the sending.
 */
@Stateless
public class ClusterTasks {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    /**
     * Whether this node runs the task {@code name} now; if so, no node runs it again before {@code now} plus 90 % of
     * {@code interval} (a little slack, so that one node's late tick does not make every second run skipped).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String name, Duration interval, Instant now) {
        Instant next = now.plus(interval.multipliedBy(9).dividedBy(10));
        return em.createNativeQuery("update cluster_task set run_after = ?1, claimed_by = ?2 where name = ?3 and run_after <= ?4")
                .setParameter(1, Timestamp.from(next))
                .setParameter(2, settings.nodeName())
                .setParameter(3, name)
                .setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    /** The node that claimed the last run of {@code name}, or empty before the first run. */
    public String lastClaimedBy(String name) {
        Object node = em.createNativeQuery("select claimed_by from cluster_task where name = ?1").setParameter(1, name).getSingleResult();
        return node == null ? "" : node.toString();
    }
}
