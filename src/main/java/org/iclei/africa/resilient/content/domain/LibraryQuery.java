package org.iclei.africa.resilient.content.domain;

import java.util.List;
import java.util.Locale;
import org.iclei.africa.resilient.shared.Languages;
import org.iclei.africa.resilient.shared.validation.FieldLimits;

/**
 * What a visitor asks the library for, from the URL's parameters. Anything unknown or malformed is
 * dropped (an unknown type filters nothing) rather than failing the page.
 *
 * @param text     words to find in titles and summaries (all must match), or empty
 * @param topic    a topic slug, or null
 * @param type     a resource type, or null
 * @param language a language code, or null
 * @param city     a pioneer city slug, or null
 * @param page     the page of results, from 1
 */
public record LibraryQuery(String text, String topic, ResourceType type, String language, String city, int page) {

    public static final int PAGE_SIZE = 8;
    public static final int MAX_WORDS = 6;
    public static final int MAX_TEXT = FieldLimits.SEARCH;

    public static LibraryQuery of(String text, String topic, String type, String language, String city, String page) {
        return new LibraryQuery(
                clean(text, MAX_TEXT),
                slug(topic),
                parseType(type),
                Languages.isSupported(language) ? language : null,
                slug(city),
                parsePage(page));
    }

    // Getters for Expression Language 5, which does not read record components.

    public String getText() {
        return text;
    }

    public String getTopic() {
        return topic;
    }

    public ResourceType getType() {
        return type;
    }

    public String getLanguage() {
        return language;
    }

    public String getCity() {
        return city;
    }

    /** The search words as {@link SearchText} compares them (lower case, no accents), at most {@value #MAX_WORDS}. */
    public List<String> words() {
        return SearchText.words(text, MAX_WORDS);
    }

    public boolean isFiltered() {
        return !text.isEmpty() || topic != null || type != null || language != null || city != null;
    }

    /** The offset of the first result of this page. */
    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /** The same query without its words (page 1). */
    public LibraryQuery withoutText() {
        return new LibraryQuery("", topic, type, language, city, 1);
    }

    public LibraryQuery withoutTopic() {
        return new LibraryQuery(text, null, type, language, city, 1);
    }

    public LibraryQuery withoutType() {
        return new LibraryQuery(text, topic, null, language, city, 1);
    }

    public LibraryQuery withoutLanguage() {
        return new LibraryQuery(text, topic, type, null, city, 1);
    }

    public LibraryQuery withoutCity() {
        return new LibraryQuery(text, topic, type, language, null, 1);
    }

    /** The same query on another page. */
    public LibraryQuery onPage(int other) {
        return new LibraryQuery(text, topic, type, language, city, Math.max(1, other));
    }

    private static String clean(String value, int max) {
        if (value == null) {
            return "";
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }

    private static String slug(String value) {
        return value != null && value.matches("[a-z0-9-]{1,60}") ? value : null;
    }

    private static ResourceType parseType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ResourceType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int parsePage(String value) {
        try {
            int page = Integer.parseInt(value == null ? "1" : value.trim());
            return Math.min(Math.max(page, 1), 10_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
