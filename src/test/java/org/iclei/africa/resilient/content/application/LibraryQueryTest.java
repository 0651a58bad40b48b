package org.iclei.africa.resilient.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iclei.africa.resilient.content.domain.LibraryQuery;
import org.iclei.africa.resilient.content.domain.ResourceType;
import org.junit.jupiter.api.Test;

class LibraryQueryTest {

    @Test
    void emptyParametersAskForEverythingOnPageOne() {
        LibraryQuery query = LibraryQuery.of(null, null, null, null, null, null);
        assertEquals("", query.text());
        assertFalse(query.isFiltered());
        assertEquals(1, query.page());
        assertEquals(0, query.offset());
        assertEquals(List.of(), query.words());
    }

    @Test
    void knownValuesAreKept() {
        LibraryQuery query = LibraryQuery.of("  Flood  RISK flood ", "water", "case_study", "pt", "maputo", "3");
        assertEquals(List.of("flood", "risk"), query.words());
        assertEquals("water", query.topic());
        assertEquals(ResourceType.CASE_STUDY, query.type());
        assertEquals("pt", query.language());
        assertEquals("maputo", query.city());
        assertEquals(3, query.page());
        assertEquals(2 * LibraryQuery.PAGE_SIZE, query.offset());
        assertTrue(query.isFiltered());
    }

    @Test
    void unknownOrMalformedValuesAreDropped() {
        LibraryQuery query = LibraryQuery.of(null, "Water'; drop table", "MAGAZINE", "de", "../etc", "-4");
        assertNull(query.topic());
        assertNull(query.type());
        assertNull(query.language());
        assertNull(query.city());
        assertEquals(1, query.page());
        assertEquals(1, LibraryQuery.of(null, null, null, null, null, "two").page());
        assertEquals(10_000, LibraryQuery.of(null, null, null, null, null, "99999999").page());
    }

    @Test
    void longSearchesAreCut() {
        LibraryQuery query = LibraryQuery.of("a b c d e f g h " + "x".repeat(200), null, null, null, null, null);
        assertEquals(LibraryQuery.MAX_TEXT, query.text().length());
        assertEquals(LibraryQuery.MAX_WORDS, query.words().size());
    }

    @Test
    void anotherPageKeepsTheFilters() {
        LibraryQuery query = LibraryQuery.of("heat", "health", null, "fr", null, "2").onPage(5);
        assertEquals(5, query.page());
        assertEquals("heat", query.text());
        assertEquals("health", query.topic());
        assertEquals(1, query.onPage(0).page());
    }

    @Test
    void pagesAreCountedFromTheTotal() {
        LibraryQuery query = LibraryQuery.of(null, null, null, null, null, "2");
        LibraryPage page = new LibraryPage(List.of(), LibraryQuery.PAGE_SIZE * 2L + 1, query);
        assertEquals(3, page.getPages());
        assertTrue(page.isHasPrevious());
        assertTrue(page.isHasNext());
        assertEquals(1, new LibraryPage(List.of(), 0, query.onPage(1)).getPages());
        assertFalse(new LibraryPage(List.of(), LibraryQuery.PAGE_SIZE, query.onPage(1)).isHasNext());
    }

    @Test
    void wordsIgnoreAccentsAndCaseAndEachFilterCanBeDropped() {
        LibraryQuery query = LibraryQuery.of("Inundações  CHEIAS", "floods", "guide", "pt", "maputo", "3");
        assertEquals(List.of("inundacoes", "cheias"), query.words());
        assertEquals(new LibraryQuery("", "floods", org.iclei.africa.resilient.content.domain.ResourceType.GUIDE, "pt", "maputo", 1), query.withoutText());
        assertEquals(null, query.withoutTopic().topic());
        assertEquals(null, query.withoutType().type());
        assertEquals(null, query.withoutLanguage().language());
        assertEquals(null, query.withoutCity().city());
        assertEquals(1, query.withoutCity().page());
        assertEquals("Inundações  CHEIAS", query.withoutCity().text(), "the words stay as typed, for the search box");
    }
}
