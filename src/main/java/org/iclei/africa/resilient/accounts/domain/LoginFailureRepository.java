package org.iclei.africa.resilient.accounts.domain;

import java.util.Optional;

/** The counts of failed sign-ins, by throttle key. */
public interface LoginFailureRepository {

    Optional<LoginFailure> findByKey(String key);

    void add(LoginFailure failure);

    void remove(LoginFailure failure);

    /** Deletes the counts whose window and lock both ended before {@code before} (the retention purge); returns how many. */
    int removeOlderThan(java.time.Instant before);
}
