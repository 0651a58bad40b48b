package org.iclei.africa.resilient.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailureTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginFailure failure = new LoginFailure("account:a@b.org", NOW);
        for (int i = 0; i < 4; i++) {
            failure.fail(NOW.plusSeconds(i));
            assertFalse(failure.isLocked(NOW.plusSeconds(i)));
        }
        failure.fail(NOW.plusSeconds(10));
        assertTrue(failure.isLocked(NOW.plusSeconds(11)));
        assertTrue(failure.isLocked(NOW.plus(Duration.ofMinutes(15))));
        assertFalse(failure.isLocked(NOW.plusSeconds(10).plus(Duration.ofMinutes(15))));
    }

    @Test
    void failuresSpreadOverTimeDoNotLock() {
        LoginFailure failure = new LoginFailure("address:x", NOW);
        for (int i = 0; i < 10; i++) {
            failure.fail(NOW.plus(Duration.ofMinutes(16L * i)));
        }
        assertFalse(failure.isLocked(NOW.plus(Duration.ofMinutes(160))));
        assertEquals(1, failure.getFailures());
    }

    @Test
    void afterALockTheCountStartsAgain() {
        LoginFailure failure = new LoginFailure("account:a@b.org", NOW);
        for (int i = 0; i < 5; i++) {
            failure.fail(NOW);
        }
        Instant after = NOW.plus(Duration.ofMinutes(16));
        failure.fail(after);
        assertEquals(1, failure.getFailures());
        assertFalse(failure.isLocked(after));
    }
}
