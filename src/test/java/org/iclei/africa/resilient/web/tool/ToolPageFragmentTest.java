package org.iclei.africa.resilient.web.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a page opens after a save: the anchor a form posts, else the edited row; never anything a visitor could inject. */
class ToolPageFragmentTest {

    @Test
    void thePostedAnchorComesFirst() {
        assertEquals("#sheet-core-team", ToolPage.fragment(Map.of("anchor", "sheet-core-team", "rowId", "12")));
    }

    @Test
    void anEditedRowIsWhereThePageOpens() {
        assertEquals("#row-12", ToolPage.fragment(Map.of("rowId", "12")));
        assertEquals("#risk-7", ToolPage.fragment(Map.of("riskId", "7")));
        assertEquals("#action-3", ToolPage.fragment(Map.of("actionId", "3")));
    }

    @Test
    void nothingElseBecomesAnAnchor() {
        assertEquals("", ToolPage.fragment(Map.of()));
        assertEquals("", ToolPage.fragment(Map.of("rowId", "")));
        assertEquals("", ToolPage.fragment(Map.of("rowId", "12\r\nX: y")));
        assertEquals("", ToolPage.fragment(Map.of("anchor", "\"><script>")));
        assertEquals("", ToolPage.fragment(Map.of("anchor", "x#y")));
    }
}
