package org.iclei.africa.resilient.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.AccountToken;
import org.iclei.africa.resilient.accounts.domain.LoginFailure;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.accounts.domain.TokenPurpose;
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
 * In the container (no SMTP server: mails go to the log): a delivered mail's text is gone from the outbox table, and
 * the retention purge removes login failures, spent links and sent mail older than 30 days, and nothing newer or open.
 */
@ExtendWith(ArquillianExtension.class)
@RequiresDatabase
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.of(RetentionIT.class);
    }

    @Inject
    EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Inject
    MailDelivery delivery;

    @Inject
    RetentionPurge purge;

    private <T> T saved(T entity) throws Exception {
        tx.begin();
        em.persist(entity);
        tx.commit();
        return entity;
    }

    private <T> T reread(Class<T> type, long id) {
        em.clear();
        return em.find(type, id);
    }

    @Test
    void aDeliveredMailsTextIsGoneFromTheOutboxTable() throws Exception {
        OutgoingMail mail = saved(new OutgoingMail("reader@example.org", "Confirm your address",
                "Open http://localhost:8080/account/confirm?token=kJ8f2Lq0ZxP4mN7bVc1sQe9", "en", Instant.now()));
        delivery.deliver(mail.getId());
        OutgoingMail stored = reread(OutgoingMail.class, mail.getId());
        assertEquals(MailStatus.SENT, stored.getStatus());
        assertEquals("", stored.getBody());
        assertEquals("Confirm your address", stored.getSubject());
        assertNotNull(stored.getSentAt());
    }

    @Test
    void thePurgeRemovesOldLoginFailuresSpentLinksAndSentMailButKeepsRecentAndOpenOnes() throws Exception {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(31));
        Account account = new Account("retention-" + System.nanoTime() + "@example.org", "Retention Test", "x", Role.MEMBER,
                AccountStatus.ACTIVE, "en");
        LoginFailure oldFailure = new LoginFailure("old-" + System.nanoTime(), old);
        LoginFailure newFailure = new LoginFailure("new-" + System.nanoTime(), now);
        AccountToken used = AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, old, null).entity();
        used.use(old);
        // issued 33 days ago, expired 32 days ago (issued at `old`, its 24 hours would end exactly at the cut-off)
        AccountToken expired = AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, old.minus(Duration.ofDays(2)), null).entity();
        AccountToken open = AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, now, null).entity();
        OutgoingMail oldSent = new OutgoingMail("a@example.org", "old", "text", "en", old);
        oldSent.markSent(old);
        OutgoingMail newSent = new OutgoingMail("a@example.org", "new", "text", "en", now);
        newSent.markSent(now);
        OutgoingMail oldFailed = new OutgoingMail("a@example.org", "given up", "text", "en", old);
        for (int i = 0; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            oldFailed.markFailed("connection refused", old, Duration.ofSeconds(1));
        }
        tx.begin();
        for (Object row : new Object[] {account, oldFailure, newFailure, used, expired, open, oldSent, newSent, oldFailed}) {
            em.persist(row);
        }
        tx.commit();

        RetentionPurge.Purged purged = purge.purge(now);
        assertTrue(purged.loginFailures() >= 1 && purged.tokens() >= 2 && purged.mails() >= 1, purged.toString());

        assertNull(reread(LoginFailure.class, oldFailure.getId()));
        assertNotNull(reread(LoginFailure.class, newFailure.getId()));
        assertNull(reread(AccountToken.class, used.getId()));
        assertNull(reread(AccountToken.class, expired.getId()));
        assertNotNull(reread(AccountToken.class, open.getId()), "an open link stays");
        assertNull(reread(OutgoingMail.class, oldSent.getId()));
        assertNotNull(reread(OutgoingMail.class, newSent.getId()));
        assertNotNull(reread(OutgoingMail.class, oldFailed.getId()), "a mail that was never delivered is not purged");
        assertFalse(reread(OutgoingMail.class, oldFailed.getId()).getBody().isEmpty(), "and keeps its text for a resend");
    }
}
