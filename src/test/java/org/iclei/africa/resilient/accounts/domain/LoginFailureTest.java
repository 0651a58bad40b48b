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

    @Test
    void eachLockInARowLastsTwiceAsLongAndSaysHowLong() {
        LoginFailure failure = new LoginFailure("account:a@b.org", NOW);
        for (int i = 0; i < 5; i++) {
            failure.fail(NOW);
        }
        assertEquals(15, failure.minutesLeft(NOW));
        Instant second = NOW.plus(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            failure.fail(second);
        }
        assertEquals(30, failure.minutesLeft(second));
        assertTrue(failure.isLocked(second.plus(Duration.ofMinutes(29))));
        assertEquals(0, failure.minutesLeft(second.plus(Duration.ofMinutes(30))));
    }

    @Test
    void noLockLastsMoreThanADayAndADaysCalmStartsAgain() {
        LoginFailure failure = new LoginFailure("account:a@b.org", NOW);
        Instant at = NOW;
        for (int lock = 0; lock < 12; lock++) {
            for (int i = 0; i < 5; i++) {
                failure.fail(at);
            }
            assertTrue(failure.minutesLeft(at) <= 24 * 60);
            at = failure.getLockedUntil();
        }
        assertEquals(24 * 60, failure.minutesLeft(at.minus(Duration.ofHours(24))));
        Instant calm = at.plus(Duration.ofHours(25));
        for (int i = 0; i < 5; i++) {
            failure.fail(calm);
        }
        assertEquals(15, failure.minutesLeft(calm));
    }
}
