package org.iclei.africa.resilient.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals("inundacoes", SearchText.normalise("Inundações"));
        assertEquals("inundacoes", SearchText.normalise("INUNDAÇÕES"));
        assertEquals("inondation", SearchText.normalise("Inondation"));
        assertEquals("elevation du niveau de la mer", SearchText.normalise("Élévation  du\tniveau de la mer "));
        assertEquals("secheresse", SearchText.normalise("Sécheresse"));
        assertEquals("oeuvre strasse", SearchText.normalise("Œuvre Straße"));
    }

    @Test
    void punctuationIsKeptSoThatAPercentIsACharacter() {
        assertEquals("100% heat-wave", SearchText.normalise("100% Heat-wave"));
        assertEquals(List.of("%"), SearchText.words("%", 6));
    }

    @Test
    void nothingIsEmpty() {
        assertEquals("", SearchText.normalise(null));
        assertEquals(List.of(), SearchText.words("   ", 6));
    }

    @Test
    void wordsAreNormalisedDistinctAndLimited() {
        assertEquals(List.of("cheias", "inundacoes"), SearchText.words("Cheias  inundações CHEIAS", 6));
        assertEquals(List.of("a", "b"), SearchText.words("a b c d", 2));
    }

    @Test
    void theStoredTextJoinsEveryPartAndIsCut() {
        assertEquals("floods | inondations | cheias e inundacoes",
                SearchText.of(100, Stream.of("Floods", null, "Inondations", "", "Cheias e inundações", "FLOODS")));
        assertTrue(SearchText.of(10, Stream.of("a very long title indeed")).length() <= 10);
    }

    @Test
    void aResourceFindsItsTopicsInEveryLanguage() {
        LibraryResource resource = new LibraryResource("Guia", "Resumo", ResourceType.GUIDE, "pt", 2020);
        resource.addTopic(new Topic("floods", new LocalizedName("Floods", "Inondations", "Cheias e inundações")));
        String text = resource.getSearchText();
        for (String word : List.of("guia", "resumo", "floods", "inondations", "cheias", "inundacoes")) {
            assertTrue(text.contains(word), word + " in " + text);
        }
        resource.describe("Cheias urbanas", "Mapear", ResourceType.CASE_STUDY, "pt", 2021);
        assertTrue(resource.getSearchText().startsWith("cheias urbanas | mapear"), resource.getSearchText());
        assertEquals(false, resource.refreshSearchText(), "nothing changed since");
    }
}
