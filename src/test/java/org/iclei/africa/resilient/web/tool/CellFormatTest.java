package org.iclei.africa.resilient.web.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.junit.jupiter.api.Test;

class CellFormatTest {

    private static final ListResourceBundle BUNDLE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"choice.community", "Communauté"}, {"tool.yes", "Oui"}, {"tool.no", "Non"}};
        }
    };

    private static WorksheetRow row(Worksheet sheet, Map<String, String> values) {
        WorksheetRow row = new WorksheetRow(null, sheet);
        row.edit(values, "Amina");
        return row;
    }

    private static String cell(boolean page, Worksheet sheet, Map<String, String> values, String field) {
        CellFormat format = new CellFormat(BUNDLE, Locale.FRENCH, Map.of(7L, "Clear the drains"), Map.of(), "ZAR", page);
        return format.format(row(sheet, values), sheet.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow());
    }

    @Test
    void pagesReadInTheMembersLanguageAndCsvKeepsWhatSpreadsheetsReadWithTheLanguagesDecimalMark() {
        Map<String, String> event = Map.of("date", "2023-02-18", "cost", "1250.5");
        assertEquals("18 février 2023", cell(true, Worksheet.WEATHER_EVENTS, event, "date"));
        assertEquals("2023-02-18", cell(false, Worksheet.WEATHER_EVENTS, event, "date"));
        java.text.NumberFormat rands = java.text.NumberFormat.getCurrencyInstance(Locale.FRENCH);
        rands.setCurrency(java.util.Currency.getInstance("ZAR"));
        assertEquals(rands.format(1250.5), cell(true, Worksheet.WEATHER_EVENTS, event, "cost"));
        assertTrue(cell(true, Worksheet.WEATHER_EVENTS, event, "cost").startsWith("1\u202f250,50"));
        assertEquals("1250,5", cell(false, Worksheet.WEATHER_EVENTS, event, "cost"));
        assertEquals("-25,969231", cell(true, Worksheet.VULNERABLE, Map.of("latitude", "-25.969231"), "latitude"));
        assertEquals("Communauté", cell(true, Worksheet.STAKEHOLDERS, Map.of("group", "community"), "group"));
        assertEquals("Oui", cell(true, Worksheet.MANDATE, Map.of("granted", "yes"), "granted"));
        assertEquals("Clear the drains", cell(false, Worksheet.INDICATORS, Map.of("action", "7"), "action"));
        assertEquals("", cell(true, Worksheet.WEATHER_EVENTS, event, "source"));
    }
}
