package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckItemTest {

    @Test
    void anItemWithoutATranslationShowsTheEnglishTextAndSaysSo() {
        CheckItem item = new CheckItem(ProcessStep.GETTING_STARTED, 1, "We have a mandate", "Nous avons un mandat", null);
        assertTrue(item.isTranslated("fr"));
        assertFalse(item.isTranslated("pt"));
        assertEquals("We have a mandate", item.text("pt"));
        assertTrue(item.isTranslated("en"));
    }

    @Test
    void changingTheEnglishTextChangesTheUntranslatedCopiesOnly() {
        CheckItem item = new CheckItem(ProcessStep.GETTING_STARTED, 1, "We have a mandate", "Nous avons un mandat", null);
        item.edit("en", "The council gave us a mandate");
        assertEquals("The council gave us a mandate", item.text("en"));
        assertEquals("Nous avons un mandat", item.text("fr"));
        assertEquals("The council gave us a mandate", item.text("pt"));
        assertFalse(item.isTranslated("pt"));
    }

    @Test
    void aTranslationIsWrittenAndABlankOneShowsEnglishAgain() {
        CheckItem item = new CheckItem(ProcessStep.MONITORING, 2, "Indicators are set", null, null);
        item.edit("pt", "Os indicadores estão definidos");
        assertTrue(item.isTranslated("pt"));
        assertEquals("Os indicadores estão definidos", item.text("pt"));
        item.edit("pt", " ");
        assertFalse(item.isTranslated("pt"));
        assertEquals("Indicators are set", item.text("pt"));
    }

    @Test
    void theEnglishTextCannotBeBlank() {
        CheckItem item = new CheckItem(ProcessStep.MONITORING, 2, "Indicators are set", null, null);
        assertThrows(IllegalArgumentException.class, () -> item.edit("en", ""));
    }
}
