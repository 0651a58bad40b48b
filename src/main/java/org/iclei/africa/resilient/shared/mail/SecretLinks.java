package org.iclei.africa.resilient.shared.mail;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the secrets in the links of a mail's text before an administrator sees it: a confirmation, reset,
 * invitation or e-mail-change link works for whoever holds it, so the back office shows it as
 * {@code https://portal/account/confirm?token=…}. In every http(s) link it replaces by {@value #MASK}
 * <ul>
 *   <li>the value of each query parameter named like a secret ({@code token}, {@code invitation}, {@code key},
 *       {@code code}, {@code secret}, {@code signature}, {@code password}, {@code auth}…),</li>
 *   <li>any other query value, path segment or fragment that looks random: 16 or more letters, digits,
 *       {@code -} and {@code _} with both letters and digits, and not a slug of short words
 *       ({@code impacts-and-risks-2024} is kept, {@code kJ8f2Lq0ZxP4mN7bVc1s} is not).</li>
 * </ul>
 * The rest of the text (and of each link: host, path, other parameters) is kept as it was.
 */
public final class SecretLinks {

    public static final String MASK = "…";

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SECRET_NAMES = Set.of("token", "invitation", "key", "code", "secret", "signature",
            "sig", "password", "auth", "hash", "otp", "nonce");
    private static final Pattern RANDOM_CHARS = Pattern.compile("[A-Za-z0-9_\\-]{16,}");
    private static final Pattern SLUG_WORD = Pattern.compile("[a-z]*|[0-9]+|[a-z]+[0-9]{1,4}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SecretLinks() {
    }

    /** The text with the secrets of its links masked; null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher links = LINK.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (links.find()) {
            String link = links.group();
            // a sentence may end right after a link: its final full stop or bracket is not part of it
            int end = link.length();
            while (end > 0 && ".,;:!?)]".indexOf(link.charAt(end - 1)) >= 0) {
                end--;
            }
            links.appendReplacement(masked, Matcher.quoteReplacement(maskLink(link.substring(0, end)) + link.substring(end)));
        }
        links.appendTail(masked);
        return masked.toString();
    }

    static String maskLink(String link) {
        String fragment = null;
        int hash = link.indexOf('#');
        if (hash >= 0) {
            fragment = link.substring(hash + 1);
            link = link.substring(0, hash);
        }
        String query = null;
        int question = link.indexOf('?');
        if (question >= 0) {
            query = link.substring(question + 1);
            link = link.substring(0, question);
        }
        StringBuilder out = new StringBuilder(maskPath(link));
        if (query != null) {
            out.append('?').append(maskQuery(query));
        }
        if (fragment != null) {
            out.append('#').append(looksRandom(fragment) ? MASK : fragment);
        }
        return out.toString();
    }

    private static String maskPath(String schemeHostPath) {
        int hostStart = schemeHostPath.indexOf("//") + 2;
        int pathStart = schemeHostPath.indexOf('/', hostStart);
        if (pathStart < 0) {
            return schemeHostPath;
        }
        StringBuilder out = new StringBuilder(schemeHostPath.substring(0, pathStart));
        String[] segments = schemeHostPath.substring(pathStart + 1).split("/", -1);
        for (String segment : segments) {
            out.append('/').append(looksRandom(segment) ? MASK : segment);
        }
        return out.toString();
    }

    private static String maskQuery(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                out.append(looksRandom(pair) ? MASK : pair);
                continue;
            }
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            boolean secret = SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT)) || looksRandom(value);
            out.append(name).append('=').append(secret && !value.isEmpty() ? MASK : value);
        }
        return out.toString();
    }

    /** Long, of letters and digits together, and not a readable slug: a token, an id made to be guessed by no one. */
    static boolean looksRandom(String part) {
        String decoded = part.replace("%3D", "=").replace("%3d", "=");
        while (decoded.endsWith("=")) {
            decoded = decoded.substring(0, decoded.length() - 1); // base64 padding
        }
        if (UUID.matcher(decoded).matches()) {
            return true;
        }
        if (!RANDOM_CHARS.matcher(decoded).matches()) {
            return false;
        }
        boolean letter = decoded.chars().anyMatch(Character::isLetter);
        boolean digit = decoded.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return decoded.length() >= 32; // a long run of one kind only (hex digits, say) is no word either
        }
        for (String word : decoded.split("[-_]")) {
            if (word.length() >= 16 || !SLUG_WORD.matcher(word).matches()) {
                return true; // a long run without separators, or capitals and digits mixed: not words
            }
        }
        return false; // short words joined by - or _: a slug such as impacts-and-risks-2024
    }
}
