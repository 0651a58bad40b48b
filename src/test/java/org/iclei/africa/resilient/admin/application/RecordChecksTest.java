package org.iclei.africa.resilient.admin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.iclei.africa.resilient.shared.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RecordChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"cape-town", "temeke", "port-louis-2", "a"})
    void slugsAreLowercaseWordsJoinedByDashes(String slug) {
        assertEquals(slug, RecordChecks.slug(" " + slug + " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Cape-Town", "cape--town", "-cape", "cape-", "cape town", "cape_town", "../x", "maputo/extra", "são-tomé"})
    void otherSlugsAreRefused(String slug) {
        assertEquals(RecordChecks.SLUG_INVALID, assertThrows(BusinessException.class, () -> RecordChecks.slug(slug)).getMessageKey());
    }

    @Test
    void aSlugHasAtMostSixtyCharacters() {
        assertEquals(60, RecordChecks.slug("a".repeat(60)).length());
        assertThrows(BusinessException.class, () -> RecordChecks.slug("a".repeat(61)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.idrc.ca", "http://example.org/path?q=1", "HTTPS://EXAMPLE.ORG"})
    void websitesAreHttpOrHttpsAddresses(String url) {
        assertEquals(url, RecordChecks.website(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org", "www.example.org",
            "/supporters", "//example.org", "https://user:secret@example.org", "http:///nohost", "https://exa mple.org", "mailto:a@b.org"})
    void otherLinksAreRefused(String url) {
        assertEquals(RecordChecks.WEBSITE_INVALID, assertThrows(BusinessException.class, () -> RecordChecks.website(url)).getMessageKey());
    }

    @Test
    void aBlankWebsiteIsNone() {
        assertNull(RecordChecks.website("  "));
        assertNull(RecordChecks.website(null));
    }

    @Test
    void requiredTextIsStrippedAndLimited() {
        assertEquals("Maputo", RecordChecks.required("  Maputo ", 10, "key"));
        assertEquals("key", assertThrows(BusinessException.class, () -> RecordChecks.required(" ", 10, "key")).getMessageKey());
        BusinessException tooLong = assertThrows(BusinessException.class, () -> RecordChecks.required("x".repeat(11), 10, "key"));
        assertEquals(RecordChecks.TOO_LONG, tooLong.getMessageKey());
        assertEquals(10, tooLong.getArguments()[0]);
    }

    @Test
    void numbersStayWithinTheirRange() {
        assertEquals(2010, RecordChecks.range(2010, 1900, 2100, "year"));
        assertNull(RecordChecks.range(null, 1900, 2100, "year"));
        assertEquals("year", assertThrows(BusinessException.class, () -> RecordChecks.range(1899, 1900, 2100, "year")).getMessageKey());
        assertThrows(BusinessException.class, () -> RecordChecks.range(-1L, 0, 10, "population"));
    }

    @Test
    void coordinatesAreDegreesWithAtMostSixDecimals() {
        assertEquals(new BigDecimal("-25.969248"), RecordChecks.coordinate(new BigDecimal("-25.969248"), 90, "c"));
        assertEquals(new BigDecimal("34.7680000"), RecordChecks.coordinate(new BigDecimal("34.7680000"), 180, "c"));
        assertThrows(BusinessException.class, () -> RecordChecks.coordinate(new BigDecimal("90.1"), 90, "c"));
        assertThrows(BusinessException.class, () -> RecordChecks.coordinate(new BigDecimal("1.1234567"), 90, "c"));
    }
}
