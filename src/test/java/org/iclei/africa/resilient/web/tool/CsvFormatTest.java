package org.iclei.africa.resilient.web.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    private static final CsvFormat ENGLISH = CsvFormat.of(Locale.ENGLISH);
    private static final CsvFormat FRENCH = CsvFormat.of(Locale.FRENCH);
    private static final CsvFormat PORTUGUESE = CsvFormat.of(Locale.forLanguageTag("pt"));

    @Test
    void englishSeparatesCellsByCommasFrenchAndPortugueseBySemicolonsEveryCellQuoted() {
        List<List<String>> table = List.of(List.of("Aléa", "Secteur", "Coût"), List.of("Inondation", "Santé", "1250.5"));
        assertEquals("\ufeff\"Hazard\",\"Sector\"\r\n\"Flood\",\"Health\"\r\n", ENGLISH.file(List.of(List.of("Hazard", "Sector"), List.of("Flood", "Health"))));
        assertEquals("\ufeff\"Aléa\";\"Secteur\";\"Coût\"\r\n\"Inondation\";\"Santé\";\"1250.5\"\r\n", FRENCH.file(table));
        assertEquals("\ufeff\"Risco\";\"Setor\"\r\n\"Cheias\";\"Saúde\"\r\n", PORTUGUESE.file(List.of(List.of("Risco", "Setor"), List.of("Cheias", "Saúde"))));
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndTheHeaderRow() {
        String file = FRENCH.file(List.of(List.of("Nom", "Rôle")));
        assertEquals('\ufeff', file.charAt(0));
        assertEquals("\"Nom\";\"Rôle\"", file.substring(1, file.indexOf("\r\n")));
    }

    @Test
    void numbersTakeTheDecimalMarkOfTheLanguage() {
        assertEquals("1250.5", ENGLISH.number("1250.5"));
        assertEquals("1250,5", FRENCH.number("1250.5"));
        assertEquals("-25,969231", PORTUGUESE.number("-25.969231"));
        assertEquals("", FRENCH.number(null));
    }

    @Test
    void everyCellIsQuotedAndItsQuotesDoubled() {
        assertEquals("\"plain\"", ENGLISH.cell("plain"));
        assertEquals("\"\"", FRENCH.cell(null));
        assertEquals("\"Roads, drains\"", ENGLISH.cell("Roads, drains"));
        assertEquals("\"Routes; drains\"", FRENCH.cell("Routes; drains"));
        assertEquals("\"the \"\"big\"\" one\"", ENGLISH.cell("the \"big\" one"));
        assertEquals("\"two\nlines\"", FRENCH.cell("two\nlines"));
    }

    @Test
    void aSpreadsheetNeverRunsACellAsAFormulaButNegativeNumbersStayNumbers() {
        for (CsvFormat csv : List.of(ENGLISH, FRENCH, PORTUGUESE)) {
            assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", csv.cell("=HYPERLINK(\"x\")"));
            assertEquals("\"'+27 21 555\"", csv.cell("+27 21 555"));
            assertEquals("\"'@SUM(A1)\"", csv.cell("@SUM(A1)"));
            assertEquals("\"'\tcmd\"", csv.cell("\tcmd"));
            assertEquals("\"'\r=1\"", csv.cell("\r=1"));
            assertEquals("\"-25.9692\"", csv.cell("-25.9692"));
            assertEquals("\"" + csv.number("-25.9692") + "\"", csv.cell(csv.number("-25.9692")), "a number, not a formula");
        }
    }

    @Test
    void aFormulaAfterASeparatorThatASpreadsheetMightSplitOnIsNeutralisedInEveryLanguage() {
        for (CsvFormat csv : List.of(ENGLISH, FRENCH, PORTUGUESE)) {
            assertEquals("\"Ops;'=1+1\"", csv.cell("Ops;=1+1"), "French and Portuguese spreadsheets split on ;");
            assertEquals("\"Ops,'=1+1\"", csv.cell("Ops,=1+1"), "English ones on ,");
            assertEquals("\"Ops; '@SUM(A1)\"", csv.cell("Ops; @SUM(A1)"), "spaces before the formula skipped");
            assertEquals("\"a;\"\"'=1\"\"\"", csv.cell("a;\"=1\""), "and a quote before it");
            assertEquals("\"a\n'-2+3\"", csv.cell("a\n-2+3"), "a new line too");
            assertEquals("\"'=SOMME(A1;A2)\"", csv.cell("=SOMME(A1;A2)"));
            assertEquals("\"x;'=1;'+2,'-3+4;'@5\"", csv.cell("x;=1;+2,-3+4;@5"));
            assertEquals("\"Between -2;-1,5\"", csv.cell("Between -2;-1,5"), "parts that are plain numbers stay numbers");
            assertEquals("\"Roads; drains, bridges\"", csv.cell("Roads; drains, bridges"));
        }
    }
}
