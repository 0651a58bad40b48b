package org.iclei.africa.resilient.accounts.domain;

import java.time.Instant;

/**
 * A filter of the back office's account list; every part is optional (null or blank: any). {@code country} is an
 * ISO code; {@code municipality} and {@code text} match without case anywhere in the municipality's name, and in
 * the account's name or e-mail address; {@code registeredFrom} is inclusive and {@code registeredUntil} exclusive.
 */
public record AccountQuery(Kind kind, String country, String municipality, Instant registeredFrom, Instant registeredUntil,
        String text) {

    /** Which accounts: by status, or the administrators (of any status). */
    public enum Kind {
        UNCONFIRMED,
        ACTIVE,
        DISABLED,
        ADMINISTRATORS
    }

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, null, null, null);
    }

    public static AccountQuery text(String text) {
        return new AccountQuery(null, null, null, null, null, text);
    }

    /** The order of the list; ties are broken by id, so that pages never overlap. */
    public enum Sort {
        NAME,
        EMAIL,
        REGISTERED,
        STATUS
    }
}
