package org.iclei.africa.resilient.tool.domain;

import java.util.List;

/**
 * One column of a worksheet. Its label is the message {@code ws.<worksheet>.<name>}; the labels of a
 * choice field's values are {@code choice.<value>}.
 */
public record Field(String name, FieldType type, boolean required, int maxLength, List<String> choices) {

    public static Field text(String name, boolean required, int maxLength) {
        return new Field(name, FieldType.TEXT, required, maxLength, List.of());
    }

    public static Field longText(String name, boolean required) {
        return new Field(name, FieldType.LONG_TEXT, required, 4000, List.of());
    }

    public static Field of(String name, FieldType type, boolean required) {
        return new Field(name, type, required, 40, List.of());
    }

    public static Field choice(String name, boolean required, String... choices) {
        return new Field(name, FieldType.CHOICE, required, 40, List.of(choices));
    }

    // Getters for Expression Language 5, which does not read record components.

    public String getName() {
        return name;
    }

    public String getType() {
        return type.name();
    }

    public boolean isRequired() {
        return required;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public List<String> getChoices() {
        return choices;
    }
}
