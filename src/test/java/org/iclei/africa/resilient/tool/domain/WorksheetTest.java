package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorksheetTest {

    private static Worksheet.Checked check(Worksheet sheet, Map<String, String> raw) {
        return sheet.check(new Worksheet.Input(raw, Set.of(11L), Set.of(21L)));
    }

    private static Map<String, String> event() {
        Map<String, String> raw = new HashMap<>();
        raw.put("date", "2023-02-18");
        raw.put("hazard", "  Coastal flooding ");
        raw.put("place", "Praia ward");
        raw.put("impacts", "300 homes flooded");
        return raw;
    }

    @Test
    void aCompleteRowIsCleanedAndEmptyOptionalFieldsAreLeftOut() {
        Worksheet.Checked checked = check(Worksheet.WEATHER_EVENTS, event());
        assertTrue(checked.valid(), checked.errors().toString());
        assertEquals("Coastal flooding", checked.values().get("hazard"));
        assertFalse(checked.values().containsKey("cost"));
    }

    @Test
    void requiredFieldsAreNamed() {
        Worksheet.Checked checked = check(Worksheet.WEATHER_EVENTS, Map.of("hazard", "Drought"));
        assertEquals(Map.of("date", Worksheet.REQUIRED, "place", Worksheet.REQUIRED, "impacts", Worksheet.REQUIRED), checked.errors());
    }

    @Test
    void datesMustBeRealCalendarDates() {
        Map<String, String> raw = event();
        raw.put("date", "2024-02-31");
        assertEquals(Worksheet.NOT_A_DATE, check(Worksheet.WEATHER_EVENTS, raw).errors().get("date"));
        raw.put("date", "18/02/2023");
        assertEquals(Worksheet.NOT_A_DATE, check(Worksheet.WEATHER_EVENTS, raw).errors().get("date"));
        raw.put("date", "2024-02-29");
        assertTrue(check(Worksheet.WEATHER_EVENTS, raw).valid());
    }

    @Test
    void amountsAcceptACommaOrAPointAndNoNegativeValue() {
        Map<String, String> raw = event();
        raw.put("cost", "1 250,50");
        assertEquals("1250.5", check(Worksheet.WEATHER_EVENTS, raw).values().get("cost"));
        raw.put("cost", "-5");
        assertEquals(Worksheet.NOT_AN_AMOUNT, check(Worksheet.WEATHER_EVENTS, raw).errors().get("cost"));
        raw.put("cost", "lots");
        assertEquals(Worksheet.NOT_AN_AMOUNT, check(Worksheet.WEATHER_EVENTS, raw).errors().get("cost"));
    }

    @Test
    void ratingsChoicesAndCoordinatesAreChecked() {
        Map<String, String> raw = new HashMap<>(Map.of("group", "Fishers", "place", "Estuary", "sensitivity", "6", "latitude", "-25.9692",
                "longitude", "200"));
        Worksheet.Checked checked = check(Worksheet.VULNERABLE, raw);
        assertEquals(Worksheet.NOT_A_RATING, checked.errors().get("sensitivity"));
        assertEquals(Worksheet.NOT_A_COORDINATE, checked.errors().get("longitude"));
        assertFalse(checked.errors().containsKey("latitude"));

        Worksheet.Checked capacity = check(Worksheet.CAPACITY, Map.of("dimension", "courage", "level", "high", "evidence", "x"));
        assertEquals(Map.of("dimension", Worksheet.NOT_A_CHOICE), capacity.errors());
        assertEquals(Worksheet.NOT_A_CHOICE, check(Worksheet.MANDATE, Map.of("granted", "maybe")).errors().get("granted"));
    }

    @Test
    void textsHaveAMaximumLength() {
        Map<String, String> raw = Map.of("name", "x".repeat(121), "department", "Planning", "role", "Coordinator");
        assertEquals(Map.of("name", Worksheet.TOO_LONG), check(Worksheet.CORE_TEAM, raw).errors());
    }

    @Test
    void referencesMustNameARowOfTheSameWorkspace() {
        Map<String, String> raw = new HashMap<>(Map.of("action", "12", "indicator", "Households flooded", "baseline", "300", "target", "50",
                "frequency", "yearly", "owner", "Roads"));
        assertEquals(Map.of("action", Worksheet.NOT_A_ROW), check(Worksheet.INDICATORS, raw).errors());
        raw.put("action", "11");
        assertTrue(check(Worksheet.INDICATORS, raw).valid());
        assertEquals(Worksheet.NOT_A_ROW,
                check(Worksheet.PROGRESS, Map.of("indicator", "22", "date", "2026-01-01", "value", "3")).errors().get("indicator"));
    }

    @Test
    void everyStepWithoutItsOwnEntitiesHasWorksheetsAndSlugsRoundTrip() {
        for (ProcessStep step : Set.of(ProcessStep.GETTING_STARTED, ProcessStep.CLIMATE_BASELINE, ProcessStep.VULNERABILITY, ProcessStep.MONITORING)) {
            assertFalse(Worksheet.ofStep(step).isEmpty(), step.name());
        }
        for (Worksheet sheet : Worksheet.values()) {
            assertEquals(sheet, Worksheet.bySlug(sheet.slug()).orElseThrow());
        }
        assertTrue(Worksheet.MANDATE.single() && Worksheet.REVIEW.single() && !Worksheet.CORE_TEAM.single());
    }

    @Test
    void everyWorksheetFieldAndChoiceHasALabelInTheThreeLanguages() throws Exception {
        for (String bundle : new String[] {"messages", "messages_fr", "messages_pt"}) {
            Properties texts = new Properties();
            try (InputStreamReader in = new InputStreamReader(getClass().getResourceAsStream("/i18n/" + bundle + ".properties"), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (Worksheet sheet : Worksheet.values()) {
                for (String key : new String[] {"ws." + sheet.slug() + ".title", "ws." + sheet.slug() + ".hint"}) {
                    assertTrue(texts.containsKey(key), bundle + ": " + key);
                }
                for (Field field : sheet.fields()) {
                    assertTrue(texts.containsKey("ws." + sheet.slug() + "." + field.name()), bundle + ": ws." + sheet.slug() + "." + field.name());
                    for (String choice : field.choices()) {
                        assertTrue(texts.containsKey("choice." + choice), bundle + ": choice." + choice);
                    }
                }
            }
        }
    }
}
