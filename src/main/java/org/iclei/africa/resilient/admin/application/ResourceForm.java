package org.iclei.africa.resilient.admin.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.iclei.africa.resilient.content.domain.ResourceType;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Languages;

/**
 * What the back office's resource form sends: the description of a library resource and where its content is —
 * a file stored by the portal ({@link Source#FILE}) or a page elsewhere ({@link Source#LINK}, http or https only).
 *
 * @param id        the resource edited, or null for a new one
 * @param version   the version the form was filled from (null for a new one)
 * @param citySlug  the pioneer city it is about, or null
 * @param topics    the slugs of its topics
 * @param link      the external address when the source is a link
 */
public record ResourceForm(Long id, Long version, String title, String summary, ResourceType type, String language,
        String citySlug, Integer publishedYear, List<String> topics, Source source, String link) {

    public static final int TITLE = 200;
    public static final int SUMMARY = 1000;
    public static final int LINK = 1000;
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    public static final String INCOMPLETE = "admin.resources.incomplete";
    public static final String TOO_LONG = "admin.resources.tooLong";
    public static final String BAD_YEAR = "admin.resources.badYear";
    public static final String BAD_LINK = "admin.resources.badLink";
    public static final String FILE_MISSING = "admin.resources.fileMissing";

    /** Where the resource's content is. */
    public enum Source {
        FILE,
        LINK
    }

    public ResourceForm {
        title = strip(title);
        summary = strip(summary);
        citySlug = strip(citySlug);
        link = strip(link);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** Refuses a form that is incomplete or breaks a rule (a file for a file resource is checked by the service). */
    public void check() {
        if (title == null || summary == null || type == null || language == null || source == null) {
            throw new BusinessException(INCOMPLETE);
        }
        if (title.length() > TITLE || summary.length() > SUMMARY) {
            throw new BusinessException(TOO_LONG);
        }
        if (!Languages.isSupported(language)) {
            throw new BusinessException(INCOMPLETE);
        }
        if (publishedYear != null && (publishedYear < FIRST_YEAR || publishedYear > LAST_YEAR)) {
            throw new BusinessException(BAD_YEAR, FIRST_YEAR, LAST_YEAR);
        }
        if (source == Source.LINK && !isWebAddress(link)) {
            throw new BusinessException(BAD_LINK);
        }
    }

    /** True for an absolute http or https address with a host, at most {@value #LINK} characters. */
    public static boolean isWebAddress(String link) {
        if (link == null || link.length() > LINK || link.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
