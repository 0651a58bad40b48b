package org.iclei.africa.resilient.web.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExportServletTest {

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertEquals("plain", ExportServlet.cell("plain"));
        assertEquals("\"Roads, drains\"", ExportServlet.cell("Roads, drains"));
        assertEquals("\"the \"\"big\"\" one\"", ExportServlet.cell("the \"big\" one"));
        assertEquals("\"two\nlines\"", ExportServlet.cell("two\nlines"));
    }

    @Test
    void aSpreadsheetNeverRunsACellAsAFormulaButNegativeNumbersStayNumbers() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ExportServlet.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+27 21 555", ExportServlet.cell("+27 21 555"));
        assertEquals("'@SUM(A1)", ExportServlet.cell("@SUM(A1)"));
        assertEquals("-25.9692", ExportServlet.cell("-25.9692"));
    }
}
