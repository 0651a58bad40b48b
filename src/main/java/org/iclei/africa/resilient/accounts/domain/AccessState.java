package org.iclei.africa.resilient.accounts.domain;

/**
 * What an account may do now, derived from its status and dates (see {@link Account#state}):
 * unconfirmed → trial → trial expired → member; disabled at any time.
 */
public enum AccessState {
    /** Registered; the e-mail address is not confirmed, so it cannot sign in. */
    UNCONFIRMED,
    /** Confirmed, within the free trial: may use and edit everything in the tool. */
    TRIAL,
    /** The trial ended without membership: may sign in, read and export, not edit. */
    TRIAL_EXPIRED,
    /** Granted membership by an administrator (administrators count as members). */
    MEMBER,
    /** Switched off by an administrator: cannot sign in. */
    DISABLED;

    public boolean canSignIn() {
        return this == TRIAL || this == TRIAL_EXPIRED || this == MEMBER;
    }

    public boolean canEdit() {
        return this == TRIAL || this == MEMBER;
    }
}
