package org.iclei.africa.resilient.tool.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.junit.jupiter.api.Test;

class WorksheetChangesTest {

    @Test
    void theHistoryNamesEachChangedFieldWithItsOldAndNewValueAsKeysForTheReadersLanguage() {
        Map<String, String> before = Map.of("name", "Amina", "department", "Planning", "role", "Coordinator");
        Map<String, String> after = Map.of("name", "Amina", "department", "Planning", "role", "Lead");
        assertEquals("{ws.core-team.role}: Coordinator → Lead", WorksheetService.changes(Worksheet.CORE_TEAM, before, after));
        assertEquals("", WorksheetService.changes(Worksheet.CORE_TEAM, before, before));
        assertEquals("{ws.mandate.date}: {tool.change.empty} → 2026-05-01; {ws.mandate.reference}: Res. 1 → {tool.change.empty}", WorksheetService.changes(Worksheet.MANDATE,
                Map.of("granted", "yes", "reference", "Res. 1"), Map.of("granted", "yes", "date", "2026-05-01")));
        assertEquals("{ws.mandate.granted}: {tool.yes} → {tool.no}", WorksheetService.changes(Worksheet.MANDATE,
                Map.of("granted", "yes"), Map.of("granted", "no")));
        assertEquals("{ws.stakeholders.group}: {choice.community} → {choice.research}", WorksheetService.changes(Worksheet.STAKEHOLDERS,
                Map.of("group", "community"), Map.of("group", "research")));
    }
}
