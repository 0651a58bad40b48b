package org.iclei.africa.resilient.admin.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iclei.africa.resilient.admin.application.ResourceForm.Source;
import org.iclei.africa.resilient.content.domain.ResourceType;
import org.iclei.africa.resilient.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** The rules of the back office's resource, topic and country forms, without a container. */
class ResourceRulesTest {

    private static ResourceForm form(String title, Integer year, Source source, String link) {
        return new ResourceForm(null, null, title, "A summary", ResourceType.GUIDE, "en", null, year, List.of("water"), source, link);
    }

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).getMessageKey();
    }

    @Test
    void aCompleteFileFormPassesItsChecks() {
        assertDoesNotThrow(() -> form("Flood guide", 2024, Source.FILE, null).check());
    }

    @Test
    void blankFieldsAreMissingFieldsAndTextIsTrimmed() {
        assertEquals(ResourceForm.INCOMPLETE, refusal(() -> form("   ", null, Source.FILE, null).check()));
        assertEquals("Flood guide", form("  Flood guide ", null, Source.FILE, null).title());
        assertEquals(ResourceForm.INCOMPLETE, refusal(() -> new ResourceForm(null, null, "T", "S", ResourceType.GUIDE, "de", null, null,
                null, Source.FILE, null).check()), "an unsupported language");
    }

    @Test
    void aTitleLongerThanTheColumnIsRefused() {
        assertEquals(ResourceForm.TOO_LONG, refusal(() -> form("x".repeat(ResourceForm.TITLE + 1), null, Source.FILE, null).check()));
    }

    @Test
    void theYearIsPlausible() {
        assertEquals(ResourceForm.BAD_YEAR, refusal(() -> form("T", 1899, Source.FILE, null).check()));
        assertEquals(ResourceForm.BAD_YEAR, refusal(() -> form("T", 2101, Source.FILE, null).check()));
        assertDoesNotThrow(() -> form("T", 1900, Source.FILE, null).check());
    }

    @Test
    void aLinkIsAnHttpOrHttpsAddressWithAHost() {
        assertDoesNotThrow(() -> form("T", null, Source.LINK, "https://africa.iclei.org/guide?x=1").check());
        assertDoesNotThrow(() -> form("T", null, Source.LINK, "HTTP://example.org").check());
        for (String bad : new String[] {null, "javascript:alert(1)", "ftp://example.org/f.pdf", "//example.org", "/library",
                "data:text/html,hi", "https://", "https://exa mple.org", "mailto:a@example.org"}) {
            assertEquals(ResourceForm.BAD_LINK, refusal(() -> form("T", null, Source.LINK, bad).check()), String.valueOf(bad));
        }
        assertFalse(ResourceForm.isWebAddress("https://example.org/" + "a".repeat(ResourceForm.LINK)));
    }

    @Test
    void aFileResourceIgnoresTheLinkField() {
        assertDoesNotThrow(() -> form("T", null, Source.FILE, "javascript:alert(1)").check());
    }

    @Test
    void topicSlugsAreWhatTheLibraryFilterAccepts() {
        assertTrue(TopicAdministration.isSlug("food-security"));
        assertTrue(TopicAdministration.isSlug("water2"));
        for (String bad : new String[] {"", "Water", "food--security", "-water", "water-", "a b", "x".repeat(61), "wäter"}) {
            assertFalse(TopicAdministration.isSlug(bad), bad);
        }
    }

    @Test
    void countryCodesAreIsoAlpha2() {
        assertTrue(CountryAdministration.isIsoCode("ZA"));
        assertTrue(CountryAdministration.isIsoCode("SS"));
        assertFalse(CountryAdministration.isIsoCode("za"), "the service upper-cases first");
        assertFalse(CountryAdministration.isIsoCode("XX"));
        assertFalse(CountryAdministration.isIsoCode("ZAF"));
    }

    @Test
    void namesNeedEnglishAndFallBackToIt() {
        assertEquals(NameForm.NAME_REQUIRED, refusal(() -> new NameForm(null, null, "water", " ", "Eau", "Água").name()));
        assertEquals("Water", new NameForm(null, null, "water", "Water", "", null).name().in("fr"));
        assertEquals("Eau", new NameForm(null, null, "water", "Water", "Eau", null).name().in("fr"));
        assertEquals(NameForm.NAME_TOO_LONG, refusal(() -> new NameForm(null, null, "water", "W", "x".repeat(101), null).name()));
    }

    @Test
    void aDeleteIsRefusedOnlyWhenSomethingUsesTheRecord() {
        assertDoesNotThrow(() -> InUse.refuseIfUsed("admin.countries.usage", 0, 0, 0));
        BusinessException refused = assertThrows(BusinessException.class, () -> InUse.refuseIfUsed("admin.countries.usage", 2, 0, 5));
        assertEquals(InUse.KEY, refused.getMessageKey());
        assertEquals(new InUse("admin.countries.usage", List.of(2L, 0L, 5L)), refused.getArguments()[0]);
    }
}
