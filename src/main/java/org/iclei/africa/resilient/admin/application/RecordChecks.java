package org.iclei.africa.resilient.admin.application;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.Languages;

/**
 * The rules of the back office's forms (pioneer cities, supporters, texts), each refusal a {@link BusinessException}
 * whose key names the message: required text, lengths, languages, slugs, years, coordinates, web links.
 */
final class RecordChecks {

    static final String TOO_LONG = "admin.pioneers.tooLong";
    static final String SLUG_INVALID = "admin.pioneers.slugInvalid";
    static final String WEBSITE_INVALID = "admin.supporters.websiteInvalid";

    private RecordChecks() {
    }

    /** The text stripped; refused with {@code key} when blank, with {@link #TOO_LONG} when longer than {@code max}. */
    static String required(String value, int max, String key) {
        String text = optional(value, max);
        if (text == null) {
            throw new BusinessException(key);
        }
        return text;
    }

    /** The text stripped, or null when blank; refused when longer than {@code max}. */
    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new BusinessException(TOO_LONG, max);
        }
        return text;
    }

    /** The text stripped, or "" for null. */
    static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    /** Refused with {@code key} (and {@code max} as its argument) when {@code text} is longer than {@code max}. */
    static void limit(String text, int max, String key) {
        if (text.length() > max) {
            throw new BusinessException(key, max);
        }
    }

    /** Refused as not found unless the portal is written in {@code language}. */
    static void language(String language) {
        if (!Languages.isSupported(language)) {
            throw new BusinessException("admin.notFound");
        }
    }

    /** A slug: lowercase words of letters and digits joined by single dashes, at most 60 characters. */
    static String slug(String value) {
        String slug = value == null ? "" : value.strip();
        if (slug.length() > 60 || !PioneerForm.SLUG.matcher(slug).matches()) {
            throw new BusinessException(SLUG_INVALID);
        }
        return slug;
    }

    /** A whole number from {@code min} to {@code max}, or null; refused with {@code key} otherwise. */
    static <N extends Number> N range(N value, long min, long max, String key) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            throw new BusinessException(key, min, max);
        }
        return value;
    }

    /** A latitude or longitude within ±{@code limit} degrees with at most six decimals, or null. */
    static BigDecimal coordinate(BigDecimal value, int limit, String key) {
        if (value != null && (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0 || value.stripTrailingZeros().scale() > 6)) {
            throw new BusinessException(key);
        }
        return value;
    }

    /**
     * A link to a web page: an absolute {@code http} or {@code https} URL with a host and no user name or password
     * (never {@code javascript:}, {@code data:} or a relative path), at most 500 characters; null when blank.
     */
    static String website(String value) {
        String text = optional(value, 500);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw new BusinessException(WEBSITE_INVALID);
            }
            return text;
        } catch (URISyntaxException e) {
            throw new BusinessException(WEBSITE_INVALID);
        }
    }
}
