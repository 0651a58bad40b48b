package org.iclei.africa.resilient.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentDomainTest {

    @Test
    void aTranslationIsPickedWhenThereIsOne() {
        Localized<String> text = Localized.pick(Map.of("en", "Water", "fr", "Eau"), "fr").orElseThrow();
        assertEquals("Eau", text.value());
        assertEquals("fr", text.language());
        assertFalse(text.fallback());
    }

    @Test
    void englishStandsInForAMissingTranslationAndSaysSo() {
        Localized<String> text = Localized.pick(Map.of("en", "Water", "fr", "Eau"), "pt").orElseThrow();
        assertEquals("Water", text.value());
        assertEquals("en", text.language());
        assertTrue(text.fallback());
    }

    @Test
    void withoutEnglishAnyTextIsBetterThanNone() {
        assertEquals("Água", Localized.pick(Map.of("pt", "Água"), "fr").orElseThrow().value());
        assertEquals(Optional.empty(), Localized.pick(Map.<String, String>of(), "fr"));
    }

    @Test
    void namesFallBackToEnglish() {
        LocalizedName name = new LocalizedName("Mozambique", "Mozambique", "Moçambique");
        assertEquals("Moçambique", name.in("pt"));
        assertEquals("Mozambique", name.in("sw"));
        assertEquals("Kenya", new LocalizedName("Kenya", null, " ").in("pt"));
    }

    @Test
    void fiveMessagesAnHourPerAddress() {
        assertTrue(ContactRateLimit.allows(0));
        assertTrue(ContactRateLimit.allows(4));
        assertFalse(ContactRateLimit.allows(5));
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        assertEquals(now.minus(Duration.ofHours(1)), ContactRateLimit.windowStart(now));
    }
}
