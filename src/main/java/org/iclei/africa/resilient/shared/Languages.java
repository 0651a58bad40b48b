package org.iclei.africa.resilient.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the portal and how a visitor's language is chosen: the {@value #COOKIE} cookie set
 * by the language switch wins, then the browser's {@code Accept-Language}, then English.
 * Plain Java, so the rules are unit-tested without a server.
 */
public final class Languages {

    /** The cookie that keeps the visitor's choice. */
    public static final String COOKIE = "lang";

    /** The portal's languages in menu order; the first is the fallback. */
    public static final List<String> SUPPORTED = List.of("en", "fr", "pt");

    public static final String DEFAULT = "en";

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    /**
     * @param cookie         the value of the language cookie, or null
     * @param acceptLanguage the request's Accept-Language header, or null
     * @return the language code to show the page in
     */
    public static String choose(String cookie, String acceptLanguage) {
        if (isSupported(cookie)) {
            return cookie;
        }
        return fromAcceptLanguage(acceptLanguage).orElse(DEFAULT);
    }

    static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> range.getRange().split("-")[0].toLowerCase(Locale.ROOT))
                    .filter(Languages::isSupported)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * Where the language switch may send the visitor back to: a path on this site only, never another
     * host ({@code //evil.example}, {@code https://…}) and never a header-splitting value.
     */
    public static String safeLocalPath(String next) {
        if (next == null || next.isEmpty() || next.charAt(0) != '/' || next.startsWith("//") || next.startsWith("/\\")) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return next;
    }
}
