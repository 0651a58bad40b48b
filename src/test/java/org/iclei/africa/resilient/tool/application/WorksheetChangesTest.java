package org.iclei.africa.resilient.tool.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.junit.jupiter.api.Test;

class WorksheetChangesTest {

    @Test
    void theHistoryNamesEachChangedFieldWithItsOldAndNewValue() {
        Map<String, String> before = Map.of("name", "Amina", "department", "Planning", "role", "Coordinator");
        Map<String, String> after = Map.of("name", "Amina", "department", "Planning", "role", "Lead");
        assertEquals("role: Coordinator → Lead", WorksheetService.changes(Worksheet.CORE_TEAM, before, after));
        assertEquals("", WorksheetService.changes(Worksheet.CORE_TEAM, before, before));
        assertEquals("date: (empty) → 2026-05-01; reference: Res. 1 → (empty)", WorksheetService.changes(Worksheet.MANDATE,
                Map.of("granted", "yes", "reference", "Res. 1"), Map.of("granted", "yes", "date", "2026-05-01")));
    }
}
