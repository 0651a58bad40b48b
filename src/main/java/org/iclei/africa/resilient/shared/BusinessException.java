package org.iclei.africa.resilient.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the portal was broken by what a user asked for. Its {@link #getMessageKey() message key}
 * names a text in the i18n bundle, so the web layer shows it in the user's language.
 * <p>
 * It rolls back the transaction and is passed to the caller as is (not wrapped in an EJBException).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
