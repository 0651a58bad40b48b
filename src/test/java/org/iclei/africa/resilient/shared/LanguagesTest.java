package org.iclei.africa.resilient.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

    @Test
    void theCookieWinsOverTheBrowser() {
        assertEquals("pt", Languages.choose("pt", "fr-FR,fr;q=0.9"));
    }

    @Test
    void anUnknownCookieIsIgnored() {
        assertEquals("fr", Languages.choose("de", "fr-FR,fr;q=0.9"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr-CH, fr;q=0.9, en;q=0.8 | fr",
        "pt-BR                     | pt",
        "de-DE, pt;q=0.5, en;q=0.4 | pt",
        "de-DE, sw                 | en",
        "en;q=0, fr;q=0.1          | fr",
        "*                         | en",
        "not a header;;;           | en",
    })
    void theBrowserLanguageIsMatchedByPreference(String header, String expected) {
        assertEquals(expected, Languages.choose(null, header));
    }

    @Test
    void withNothingToGoOnItIsEnglish() {
        assertEquals("en", Languages.choose(null, null));
        assertEquals("en", Languages.choose("", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/pioneers", "/library?topic=water&page=2", "/"})
    void localPathsAreKept(String path) {
        assertEquals(path, Languages.safeLocalPath(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "/\\evil.example", "pioneers", "/a\r\nSet-Cookie: x=y", "/a\\b"})
    void anythingElseGoesHome(String path) {
        assertEquals("/", Languages.safeLocalPath(path));
    }

    @Test
    void nullGoesHome() {
        assertEquals("/", Languages.safeLocalPath(null));
    }
}
