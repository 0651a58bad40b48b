package org.iclei.africa.resilient.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.shared.mail.MailStatus;
import org.iclei.africa.resilient.shared.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration BASE = Duration.ofSeconds(30);

    @Test
    void failedMailsWaitTwiceAsLongEachTimeUpToAnHour() {
        OutgoingMail mail = new OutgoingMail("a@b.org", "s", "b", "en", NOW);
        mail.markFailed("connection refused", NOW, BASE);
        assertEquals(NOW.plusSeconds(30), mail.getNextAttemptAt());
        mail.markFailed("connection refused", NOW, BASE);
        assertEquals(NOW.plusSeconds(60), mail.getNextAttemptAt());
        mail.markFailed("connection refused", NOW, BASE);
        assertEquals(NOW.plusSeconds(120), mail.getNextAttemptAt());
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals("connection refused", mail.getLastError());
        OutgoingMail slow = new OutgoingMail("a@b.org", "s", "b", "en", NOW);
        for (int i = 0; i < 7; i++) {
            slow.markFailed("x", NOW, Duration.ofMinutes(20));
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), slow.getNextAttemptAt());
    }

    @Test
    void afterEightAttemptsTheMailIsGivenUpButKept() {
        OutgoingMail mail = new OutgoingMail("a@b.org", "s", "b", "en", NOW);
        for (int i = 0; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            mail.markFailed("x", NOW, BASE);
        }
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(8, mail.getAttempts());
    }

    @Test
    void aSentMailForgetsItsLastError() {
        OutgoingMail mail = new OutgoingMail("a@b.org", "s", "b", "en", NOW);
        mail.markFailed("timeout", NOW, BASE);
        mail.markSent(NOW.plusSeconds(40));
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertEquals(NOW.plusSeconds(40), mail.getSentAt());
        assertEquals(null, mail.getLastError());
    }

    @Test
    void aFailedMailGoesBackInTheQueueAsNew() {
        OutgoingMail mail = new OutgoingMail("a@b.org", "s", "b", "en", NOW);
        for (int i = 0; i < OutgoingMail.MAX_ATTEMPTS; i++) {
            mail.markFailed("connection refused", NOW, BASE);
        }
        assertEquals(MailStatus.FAILED, mail.getStatus());
        Instant later = NOW.plusSeconds(3600);
        mail.requeue(later);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertEquals(null, mail.getLastError());
        assertEquals(later, mail.getNextAttemptAt());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> mail.requeue(later), "it waits already");
    }

    @Test
    void aDeliveredMailKeepsNoTextSoItsLinksAreGoneAndItCannotBeResent() {
        OutgoingMail mail = new OutgoingMail("a@b.org", "Confirm", "Open https://portal/account/confirm?token=kJ8f2Lq0ZxP4mN7bVc1s", "en", NOW);
        assertTrue(mail.hasBody());
        mail.markSent(NOW.plusSeconds(5));
        assertEquals("", mail.getBody());
        assertFalse(mail.hasBody());
        assertEquals("Confirm", mail.getSubject(), "subject, recipient and status stay for the back office");
        assertEquals("a@b.org", mail.getRecipient());
        assertFalse(mail.canRequeue());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> mail.requeue(NOW.plusSeconds(9)));
    }

    @Test
    void failedMailsComeFirstInTheOutboxBecauseStatusesSortByName() {
        // OutgoingMail.findAll orders by the status as stored (its name): FAILED < PENDING < SENT
        java.util.List<String> names = java.util.Arrays.stream(MailStatus.values()).map(Enum::name).sorted().toList();
        assertEquals(java.util.List.of("FAILED", "PENDING", "SENT"), names);
    }
}
