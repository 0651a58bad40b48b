package org.iclei.africa.resilient.tool.application;

import java.util.Map;
import org.iclei.africa.resilient.shared.BusinessException;

/** A worksheet row that breaks its rules: a message key per field in error. Nothing is saved. */
public class InvalidRowException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String INVALID = "ws.error.invalid";

    private final transient Map<String, String> fieldErrors;

    public InvalidRowException(Map<String, String> fieldErrors) {
        super(INVALID);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
