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
 * {@value #MAX_FAILURES} failures within {@link #WINDOW}, further attempts are refused for {@link #LOCK}.
 * Kept in the database so that every node of a cluster applies the same limit.
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

    @Column(name = "throttle_key", nullable = false, length = 100)
    private String throttleKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

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

    /** Counts a failure; the fifth within the window locks the key. */
    public void fail(Instant now) {
        if (now.isAfter(windowStart.plus(WINDOW)) || (lockedUntil != null && !now.isBefore(lockedUntil))) {
            failures = 0;
            windowStart = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
        }
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
