package org.iclei.africa.resilient.shared.validation;

/** What an e-mail address looks like, for {@link EmailAddress} and for checks made outside a form. */
public final class EmailSyntax {

    /** At most 64 characters without blanks, one @, and a domain with a dot and an ending of two or more characters. */
    public static final String PATTERN = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}";

    private EmailSyntax() {
    }

    /** Whether {@code address} has the form of an address and fits {@link FieldLimits#EMAIL}. */
    public static boolean isValid(String address) {
        return address != null && address.length() <= FieldLimits.EMAIL && address.matches(PATTERN);
    }
}
