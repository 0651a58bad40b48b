package org.iclei.africa.resilient.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * Failed sign-ins counted for one key (an account's e-mail or a network address): after
 * {@value #MAX_FAILURES} failures within {@link #WINDOW}, further attempts are refused for {@link #LOCK};
 * each further lock of the same key (without a day's calm in between) lasts twice as long, at most {@link #MAX_LOCK}:
 * the guesser waits longer and longer. Kept in the database so that every node of a cluster applies the same limit.
 */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = "LoginFailure.findByKey", query = "select f from LoginFailure f where f.throttleKey = :key")
@NamedQuery(name = "LoginFailure.removeOlderThan",
        query = "delete from LoginFailure f where f.windowStart < :before and (f.lockedUntil is null or f.lockedUntil < :before)")
public class LoginFailure extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final Duration MAX_LOCK = Duration.ofHours(24);
    /** A key that stayed calm this long after its last lock starts again from {@link #LOCK}. */
    static final Duration CALM = Duration.ofHours(24);

    @Column(name = "throttle_key", nullable = false, length = 100)
    private String throttleKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** How many times this key was locked in a row (V28); the next lock lasts {@code LOCK × 2^locks}. */
    @Column(name = "lock_count", nullable = false)
    private int locks;

    protected LoginFailure() {
        // for JPA
    }

    public LoginFailure(String throttleKey, Instant now) {
        this.throttleKey = throttleKey;
        this.windowStart = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the fifth within the window locks the key, each lock in a row twice as long as the one before. */
    public void fail(Instant now) {
        if (lockedUntil != null && now.isAfter(lockedUntil.plus(CALM))) {
            locks = 0;
        }
        if (now.isAfter(windowStart.plus(WINDOW)) || (lockedUntil != null && !now.isBefore(lockedUntil))) {
            failures = 0;
            windowStart = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            Duration lock = LOCK.multipliedBy(1L << Math.min(locks, 10));
            lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            locks++;
        }
    }

    /** The whole minutes (at least one) until the lock ends; 0 when not locked. */
    public long minutesLeft(Instant now) {
        return isLocked(now) ? Math.max(1, (Duration.between(now, lockedUntil).getSeconds() + 59) / 60) : 0;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
