package org.iclei.africa.resilient.admin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One field of a record changed by an administrator: its name, the value before and the value after (null: none). */
@Embeddable
public class FieldChange implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer values are cut (with "…") so that a page text's change still fits the log. */
    public static final int MAX_VALUE = 4000;

    @Column(nullable = false, length = 60)
    private String field;

    @Column(name = "old_value", length = MAX_VALUE)
    private String oldValue;

    @Column(name = "new_value", length = MAX_VALUE)
    private String newValue;

    protected FieldChange() {
        // for JPA
    }

    public FieldChange(String field, String oldValue, String newValue) {
        this.field = Objects.requireNonNull(field);
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
