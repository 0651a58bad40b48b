package org.iclei.africa.resilient.shared.validation;

/**
 * The length limits of what people type, in one place: the {@code @Size} of forms and the {@code @Column} of
 * entities refer to them, and views read them as {@code #{limits.*}} for their {@code maxlength}.
 */
public final class FieldLimits {

    /** RFC 5321's longest usable address. */
    public static final int EMAIL = 254;
    public static final int FULL_NAME = 120;
    public static final int JOB_TITLE = 120;
    public static final int MUNICIPALITY = 160;
    public static final int PHONE = 40;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    public static final int CONTACT_NAME = 120;
    public static final int ORGANISATION = 200;
    public static final int SUBJECT = 200;
    public static final int MESSAGE_MIN = 10;
    public static final int MESSAGE_MAX = 5000;
    /** The words of a library search. */
    public static final int SEARCH = 100;

    private FieldLimits() {
    }
}
