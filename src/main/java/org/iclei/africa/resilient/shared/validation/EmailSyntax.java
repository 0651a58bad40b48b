package org.iclei.africa.resilient.shared.validation;

/** What an e-mail address looks like, for {@link EmailAddress} and for checks made outside a form. */
public final class EmailSyntax {

    /** Something without blanks, one @, and a domain with a dot. */
    public static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private EmailSyntax() {
    }

    /** Whether {@code address} has the form of an address and fits {@link FieldLimits#EMAIL}. */
    public static boolean isValid(String address) {
        return address != null && address.length() <= FieldLimits.EMAIL && address.matches(PATTERN);
    }
}
