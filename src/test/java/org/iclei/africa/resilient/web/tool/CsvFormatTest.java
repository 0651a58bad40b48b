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
    void englishSeparatesCellsByCommasFrenchAndPortugueseBySemicolons() {
        List<List<String>> table = List.of(List.of("Aléa", "Secteur", "Coût"), List.of("Inondation", "Santé", "1250.5"));
        assertEquals("\ufeffHazard,Sector\r\nFlood,Health\r\n", ENGLISH.file(List.of(List.of("Hazard", "Sector"), List.of("Flood", "Health"))));
        assertEquals("\ufeffAléa;Secteur;Coût\r\nInondation;Santé;1250.5\r\n", FRENCH.file(table));
        assertEquals("\ufeffRisco;Setor\r\nCheias;Saúde\r\n", PORTUGUESE.file(List.of(List.of("Risco", "Setor"), List.of("Cheias", "Saúde"))));
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndTheHeaderRow() {
        String file = FRENCH.file(List.of(List.of("Nom", "Rôle")));
        assertEquals('\ufeff', file.charAt(0));
        assertEquals("Nom;Rôle", file.substring(1, file.indexOf("\r\n")));
    }

    @Test
    void numbersTakeTheDecimalMarkOfTheLanguage() {
        assertEquals("1250.5", ENGLISH.number("1250.5"));
        assertEquals("1250,5", FRENCH.number("1250.5"));
        assertEquals("-25,969231", PORTUGUESE.number("-25.969231"));
        assertEquals("", FRENCH.number(null));
    }

    @Test
    void cellsWithTheSeparatorQuotesOrLineBreaksAreQuoted() {
        assertEquals("plain", ENGLISH.cell("plain"));
        assertEquals("\"Roads, drains\"", ENGLISH.cell("Roads, drains"));
        assertEquals("Routes, drains", FRENCH.cell("Routes, drains"));
        assertEquals("\"Routes; drains\"", FRENCH.cell("Routes; drains"));
        assertEquals("Roads; drains", ENGLISH.cell("Roads; drains"));
        assertEquals("\"the \"\"big\"\" one\"", ENGLISH.cell("the \"big\" one"));
        assertEquals("\"two\nlines\"", FRENCH.cell("two\nlines"));
    }

    @Test
    void aSpreadsheetNeverRunsACellAsAFormulaButNegativeNumbersStayNumbers() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", ENGLISH.cell("=HYPERLINK(\"x\")"));
        assertEquals("'=SOMME(A1;A2)", FRENCH.cell("=SOMME(A1;A2)").replace("\"", ""));
        assertEquals("'+27 21 555", FRENCH.cell("+27 21 555"));
        assertEquals("'@SUM(A1)", ENGLISH.cell("@SUM(A1)"));
        assertEquals("-25.9692", ENGLISH.cell("-25.9692"));
        assertEquals("-25,9692", FRENCH.cell("-25,9692"));
    }
}
