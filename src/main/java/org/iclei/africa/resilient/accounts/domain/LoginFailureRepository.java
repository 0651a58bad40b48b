package org.iclei.africa.resilient.accounts.domain;

import java.util.Optional;

/** The counts of failed sign-ins, by throttle key. */
public interface LoginFailureRepository {

    Optional<LoginFailure> findByKey(String key);

    void add(LoginFailure failure);

    void remove(LoginFailure failure);
}
