package org.iclei.africa.resilient.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.shared.mail.MailStatus;
import org.iclei.africa.resilient.shared.mail.OutgoingMail;
import org.iclei.africa.resilient.support.PortalDeployment;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, on the test database (H2, or PostgreSQL in CI): what keeps a cluster's nodes from doing one job
 * twice. A scheduled task's run is claimed by one update, so a second node's claim within the interval fails; a mail
 * whose row another transaction (another node) holds is passed over, not sent a second time, and is sent once freed.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresDatabase
class ClusterTasksIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.of(ClusterTasksIT.class);
    }

    @Inject
    EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    ClusterTasks tasks;

    @Inject
    MailDelivery delivery;

    @Inject
    PortalSettings settings;

    @Test
    void aTasksRunIsClaimedByOneNodeOncePerInterval() throws Exception {
        String task = "test-" + System.nanoTime() % 1_000_000_000L;
        tx.begin();
        em.createNativeQuery("insert into cluster_task (name, run_after) values (?1, ?2)")
                .setParameter(1, task).setParameter(2, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z"))).executeUpdate();
        tx.commit();
        Instant now = Instant.now();
        Duration hour = Duration.ofHours(1);

        assertTrue(tasks.claim(task, hour, now), "the first node to tick runs the task");
        assertEquals(settings.nodeName(), tasks.lastClaimedBy(task), "and is named as the one that did");
        assertFalse(tasks.claim(task, hour, now), "a second node ticking at the same moment does not");
        assertFalse(tasks.claim(task, hour, now.plus(Duration.ofMinutes(50))), "nor does anyone before the interval is (almost) over");
        assertTrue(tasks.claim(task, hour, now.plus(Duration.ofMinutes(55))), "the next run, 90 % of an interval later");
        assertFalse(tasks.claim("no-such-task", hour, now), "an unknown task never runs");
        assertEquals(2L, ((Number) em.createNativeQuery("select count(*) from cluster_task where name in ('reminders', 'retention')")
                .getSingleResult()).longValue(), "the reminders and the retention purge have their rows (V30)");
    }

    @Test
    void aMailAnotherNodeIsSendingIsPassedOverThenSentOnce() throws Exception {
        // due in a day, so that this portal's own outbox leaves it alone; the deliveries below are "a day later"
        Instant due = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as stored
        tx.begin();
        OutgoingMail mail = new OutgoingMail("cluster-" + System.nanoTime() + "@example.org", "Once", "Sent once.", "en", due);
        em.persist(mail);
        tx.commit();

        delivery.deliver(mail.getId(), due.minus(Duration.ofMinutes(1)));
        assertEquals(MailStatus.PENDING, reread(mail).getStatus(), "not before it is due (e.g. waiting for a retry another node set)");

        tx.begin(); // "node A" holds the row, as while it talks to the SMTP server
        em.createNativeQuery("select id from outgoing_mail where id = ?1 for update").setParameter(1, mail.getId()).getResultList();
        delivery.deliver(mail.getId(), due); // "node B", in a transaction of its own: skips the locked row at once
        tx.rollback();
        assertEquals(MailStatus.PENDING, reread(mail).getStatus(), "node B did not send the mail node A holds");

        delivery.deliver(mail.getId(), due);
        OutgoingMail sent = reread(mail);
        assertEquals(MailStatus.SENT, sent.getStatus(), "freed, it is sent");
        Instant sentAt = sent.getSentAt();

        delivery.deliver(mail.getId(), due); // a node whose list of due mails was read before the first one sent it
        assertEquals(sentAt, reread(mail).getSentAt(), "and not sent again");
    }

    private OutgoingMail reread(OutgoingMail mail) {
        em.clear();
        return em.find(OutgoingMail.class, mail.getId());
    }
}
