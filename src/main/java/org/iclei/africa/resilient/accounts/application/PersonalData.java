package org.iclei.africa.resilient.accounts.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * CDI event fired while a member's personal-data export is put together: each module that keeps something about
 * the account (the tool's membership and history, the contact form's messages) adds its own section.
 */
public final class PersonalData {

    private final long accountId;
    private final String email;
    private final String fullName;
    private final String language;
    private final JsonObjectBuilder sections = Json.createObjectBuilder();

    PersonalData(long accountId, String email, String fullName, String language) {
        this.accountId = accountId;
        this.email = email;
        this.fullName = fullName;
        this.language = language;
    }

    public long accountId() {
        return accountId;
    }

    /** The account's normalised e-mail address. */
    public String email() {
        return email;
    }

    /** The name the portal stores on rows the member wrote. */
    public String fullName() {
        return fullName;
    }

    /** The account's language (en, fr or pt): what the export writes in words is in it. */
    public String language() {
        return language;
    }

    public void add(String section, JsonValue value) {
        sections.add(section, value);
    }

    public void add(String section, JsonObjectBuilder value) {
        sections.add(section, value);
    }

    public void add(String section, JsonArrayBuilder value) {
        sections.add(section, value);
    }

    JsonObject sections() {
        return sections.build();
    }
}
