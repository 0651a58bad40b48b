package org.iclei.africa.resilient.admin.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iclei.africa.resilient.admin.domain.FieldChange;

/**
 * The fields an administrator's action changed, gathered before the audit entry is written: only fields whose
 * value really differs are kept. Values are written as text (dates in ISO form, enums by name).
 * <pre>
 * Changes changes = new Changes().field("name", before.getName(), form.name()).field("website", ...);
 * </pre>
 */
public final class Changes {

    private final List<FieldChange> list = new ArrayList<>();

    /** Notes a field when {@code from} and {@code to} differ. */
    public Changes field(String field, Object from, Object to) {
        String before = text(from);
        String after = text(to);
        if (!Objects.equals(before, after)) {
            list.add(new FieldChange(field, before, after));
        }
        return this;
    }

    /** Notes a field whose value must not be written to the log (a password): only that it changed. */
    public Changes secret(String field) {
        list.add(new FieldChange(field, "•••", "•••"));
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldChange> list() {
        return List.copyOf(list);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
