package org.iclei.africa.resilient.accounts.domain;

/** Where an account stands: only {@link #ACTIVE} accounts may sign in. */
public enum AccountStatus {
    /** Registered, e-mail address not confirmed yet. */
    UNCONFIRMED,
    /** Confirmed and allowed to sign in. */
    ACTIVE,
    /** Switched off by an administrator. */
    DISABLED
}
