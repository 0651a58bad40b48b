package org.iclei.africa.resilient.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The African countries and their names from the JDK's locale data; their order by name in each language. */
class CountryNamesTest {

    @Test
    void theListHoldsThe54AfricanUnMemberStatesEachNamedByTheJdkInEveryLanguage() {
        List<String> codes = CountryNames.AFRICAN_UN_MEMBERS;
        assertEquals(54, codes.size());
        assertEquals(54, new HashSet<>(codes).size(), "no code twice");
        for (String code : List.of("DZ", "EG", "CD", "CG", "SS", "SZ", "CV", "ST", "KM", "SC", "MA", "ZA", "BF", "CI")) {
            assertTrue(codes.contains(code), code);
        }
        for (String code : codes) {
            for (String language : List.of("en", "fr", "pt")) {
                String name = CountryNames.standard(code, language).orElseThrow(() -> new AssertionError(code + " " + language));
                assertFalse(name.equals(code), code + " has a name in " + language);
            }
        }
    }

    @Test
    void namesComeFromTheJdkInEnglishFrenchAndPortuguese() {
        assertEquals("Côte d’Ivoire", CountryNames.standard("CI", "fr").orElseThrow());
        assertEquals("Burkina Faso", CountryNames.standard("BF", "fr").orElseThrow());
        assertEquals("Burkina Faso", CountryNames.standard("BF", "en").orElseThrow());
        assertEquals("Égypte", CountryNames.standard("EG", "fr").orElseThrow());
        assertEquals("Afrique du Sud", CountryNames.standard("ZA", "fr").orElseThrow());
        assertTrue(CountryNames.standard("CD", "pt").orElseThrow().startsWith("Congo"), "CD in Portuguese");
        assertEquals("Moçambique", CountryNames.standard("MZ", "pt").orElseThrow());
        assertEquals("Quénia", CountryNames.standard("KE", "pt").orElseThrow(), "the European/African Portuguese name");
        assertEquals("Kenya", CountryNames.standard("KE", "de").orElseThrow(), "another language: English");
        assertTrue(CountryNames.standard("XQ", "en").isEmpty(), "no name for a code that is not ISO");
        assertTrue(CountryNames.standard(null, "en").isEmpty());
    }

    @Test
    void aCountryShowsTheJdkNamesUnlessAnAdministratorTypedOthers() {
        Country standard = Country.standard("CI");
        assertFalse(standard.isCustomNames());
        assertEquals("Côte d’Ivoire", standard.name("fr"));
        assertEquals("Costa do Marfim", standard.name("pt").replaceAll(".*\\((.*)\\)", "$1"));

        Country same = new Country("BF", new LocalizedName("Burkina Faso", "Burkina Faso", CountryNames.standard("BF", "pt").orElseThrow()));
        assertFalse(same.isCustomNames(), "names equal to the JDK's follow the JDK");

        Country typed = new Country("CI", new LocalizedName("Ivory Coast", "Côte d'Ivoire", "Costa do Marfim"));
        assertTrue(typed.isCustomNames());
        assertEquals("Ivory Coast", typed.name("en"));
        assertEquals("Côte d'Ivoire", typed.name("fr"));

        typed.rename("CI", CountryNames.standard("CI"));
        assertFalse(typed.isCustomNames(), "given the JDK's names back, the country follows the JDK again");
        assertEquals("Côte d’Ivoire", typed.name("en"));
        assertEquals(CountryNames.standard("CI"), typed.getDisplayedName());
    }

    @Test
    void countriesSortByTheirNameInTheLanguageWithAccentsAfterLetters() {
        List<Country> all = CountryNames.AFRICAN_UN_MEMBERS.stream().map(Country::standard).toList();
        List<String> french = CountryNames.sortedByName(all, "fr").stream().map(c -> c.name("fr")).toList();
        assertEquals(54, french.size());
        assertEquals("Afrique du Sud", french.get(0));
        int djibouti = french.indexOf("Djibouti");
        int egypte = french.indexOf("Égypte");
        int erythree = french.indexOf("Érythrée");
        int eswatini = french.indexOf("Eswatini");
        int ethiopie = french.indexOf("Éthiopie");
        int gabon = french.indexOf("Gabon");
        assertTrue(djibouti < egypte && egypte < erythree && erythree < eswatini && eswatini < ethiopie && ethiopie < gabon,
                "É sorts with E in French: " + french);
        assertEquals("Zimbabwe", french.get(53));

        List<String> english = CountryNames.sortedByName(all, "en").stream().map(c -> c.name("en")).toList();
        assertTrue(english.indexOf("Côte d’Ivoire") < english.indexOf("Djibouti"), "Côte with the C's in English");
        assertTrue(english.indexOf("Comoros") < english.indexOf("Côte d’Ivoire"));

        List<String> portuguese = CountryNames.sortedByName(all, "pt").stream().map(c -> c.name("pt")).toList();
        assertEquals("África do Sul", portuguese.get(0), "Á with the A's: " + portuguese);
        assertTrue(portuguese.indexOf("Angola") < portuguese.indexOf("Argélia"));
        assertTrue(portuguese.indexOf("São Tomé e Príncipe") < portuguese.indexOf("Seicheles"));
    }

    @Test
    void sortingIgnoresCaseAndKeepsEqualNamesByCode() {
        Country a = new Country("ZA", new LocalizedName("bravo", null, null));
        Country b = new Country("NA", new LocalizedName("Alpha", null, null));
        Country c = new Country("KE", new LocalizedName("alpha", null, null));
        assertEquals(List.of("KE", "NA", "ZA"), CountryNames.sortedByName(Set.of(a, b, c), "en").stream().map(Country::getCode).toList());
    }
}
