package org.iclei.africa.resilient.content.domain;

import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.shared.Languages;

/**
 * A text picked for a language: the translation when there is one, else the English text with
 * {@link #fallback()} true, so that the page can say it is shown in English.
 */
public record Localized<T>(T value, String language, boolean fallback) {

    /** Picks the translation for {@code language} from texts keyed by language code. */
    public static <T> Optional<Localized<T>> pick(Map<String, T> texts, String language) {
        T wanted = texts.get(language);
        if (wanted != null) {
            return Optional.of(new Localized<>(wanted, language, false));
        }
        T english = texts.get(Languages.DEFAULT);
        if (english != null) {
            return Optional.of(new Localized<>(english, Languages.DEFAULT, true));
        }
        return texts.entrySet().stream().findFirst().map(any -> new Localized<>(any.getValue(), any.getKey(), true));
    }

    /** For EL: {@code #{page.content.fallback}}. */
    public boolean isFallback() {
        return fallback;
    }

    public T getValue() {
        return value;
    }

    public String getLanguage() {
        return language;
    }
}
