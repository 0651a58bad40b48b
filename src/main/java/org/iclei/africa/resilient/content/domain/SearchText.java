package org.iclei.africa.resilient.content.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The form in which the library compares words: lower case, accents stripped, spaces collapsed, so that
 * "Inundações", "inundacoes" and "INUNDACOES" are one word. Punctuation is kept (a "%" is a character to find).
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** {@code text} normalised; empty for null. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe")
                .replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l").replace("đ", "d").replace("Đ", "d");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The normalised words of a visitor's search, each once, at most {@code max}. */
    public static List<String> words(String text, int max) {
        String normal = normalise(text);
        if (normal.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normal.split(" ")).filter(word -> !word.isEmpty()).distinct().limit(max).toList();
    }

    /** The normalised texts joined by " | ", cut at {@code max} characters; nulls are skipped. */
    public static String of(int max, Stream<String> texts) {
        String joined = String.join(" | ", texts.filter(Objects::nonNull).map(SearchText::normalise)
                .filter(text -> !text.isEmpty()).distinct().toList());
        return joined.length() > max ? joined.substring(0, max) : joined;
    }
}
