package org.iclei.africa.resilient.web.accounts;

import org.iclei.africa.resilient.accounts.domain.PasswordPolicy;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Refusals of the account pages, from the i18n bundle in the visitor's language. */
final class AccountTexts {

    private AccountTexts() {
    }

    /** The text of {@code key}; the too-short-password text gets the policy's minimum length. */
    static String text(String key) {
        return PasswordPolicy.TOO_SHORT.equals(key) ? Faces.getBundleString(key, PasswordPolicy.MIN_LENGTH) : Faces.getBundleString(key);
    }

    /** Shows the text of {@code key} next to the field {@code clientId} (or above the form for {@code null}) and keeps the input. */
    static void refuse(String clientId, String key) {
        Messages.addError(clientId, text(key));
        Faces.validationFailed();
    }
}
