package org.iclei.africa.resilient.shared;

/** Small rules for the text people type, shared by every module. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks; {@code null} when there is nothing but blanks. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
