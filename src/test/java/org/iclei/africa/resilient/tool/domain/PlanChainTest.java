package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.LocalizedName;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.junit.jupiter.api.Test;

/** The chain risk → option → action → indicator, and its loose ends. */
class PlanChainTest {

    private static long nextId = 1;
    private final Workspace workspace = new Workspace(new Municipality("Saint-Louis", new Country("SN", new LocalizedName("Senegal", null, null))),
            false, Instant.parse("2026-11-02T08:00:00Z"), Duration.ofDays(7));

    private static <T extends BaseEntity> T withId(T entity) {
        try {
            Field id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Risk risk(String hazard, int likelihood, int consequence) {
        Risk risk = withId(new Risk(workspace));
        risk.edit(hazard, Sector.WATER, "Flooded homes", likelihood, consequence, true, "Awa");
        return risk;
    }

    private AdaptationOption option(String name, Risk... risks) {
        AdaptationOption option = withId(new AdaptationOption(workspace));
        option.describe(name, List.of(risks), null, OptionType.NO_REGRET, "Roads", null, "Awa");
        return option;
    }

    private PlanAction action(String text, AdaptationOption option) {
        PlanAction action = withId(new PlanAction(workspace));
        action.edit(option, text, "Fewer floods", "Roads", null, null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), null,
                ActionStatus.PLANNED, "Awa");
        return action;
    }

    private WorksheetRow indicator(String text, PlanAction action) {
        WorksheetRow row = withId(new WorksheetRow(workspace, Worksheet.INDICATORS));
        row.edit(Map.of("action", String.valueOf(action.getId()), "indicator", text, "baseline", "0", "target", "10",
                "frequency", "quarterly", "owner", "Roads"), "Awa");
        return row;
    }

    @Test
    void eachRiskLeadsToItsOptionsTheirActionsAndTheirIndicators() {
        Risk flood = risk("River flooding", 5, 4);
        Risk heat = risk("Heatwaves", 2, 2);
        Risk surge = risk("Storm surge", 4, 4);
        AdaptationOption drains = option("Clear drains", flood, surge);
        PlanAction clean = action("Clean the canals", drains);
        WorksheetRow cleaned = indicator("Canals cleaned (km)", clean);

        PlanChain chain = PlanChain.of(List.of(heat, surge, flood), List.of(drains), List.of(clean), List.of(cleaned));

        assertEquals(List.of(flood, surge, heat), chain.getRisks().stream().map(PlanChain.RiskLink::risk).toList(), "highest first");
        assertEquals(List.of(drains), chain.getRisks().get(0).options().stream().map(PlanChain.OptionLink::option).toList());
        assertEquals(List.of(drains), chain.getRisks().get(1).options().stream().map(PlanChain.OptionLink::option).toList(),
                "an option that answers two risks is under both");
        assertEquals(List.of(cleaned), chain.getRisks().get(0).options().get(0).actions().get(0).indicators());
        assertEquals(List.of(), chain.getUnanswered(), "the low risk need not be answered");
        assertEquals(List.of(flood, surge), chain.getAnswered().stream().map(PlanChain.RiskLink::risk).toList());
        assertEquals(2, chain.paths().size(), "one path per answered risk");
        PlanChain.Path first = chain.paths().get(0);
        assertEquals(List.of(flood, drains, clean, cleaned), List.of(first.risk(), first.option(), first.action(), first.indicator()));
    }

    @Test
    void highAndExtremeRisksWithoutAnOptionAreTheGapsAndLooseEndsAreKept() {
        Risk flood = risk("River flooding", 5, 4);
        Risk drought = risk("Drought", 3, 4);
        Risk heat = risk("Heatwaves", 3, 3);
        AdaptationOption drains = option("Clear drains", flood);
        PlanAction orphan = action("Plant trees", null);
        PlanAction clean = action("Clean the canals", drains);

        PlanChain chain = PlanChain.of(List.of(flood, drought, heat), List.of(drains), List.of(orphan, clean), List.of());

        assertEquals(List.of(drought), chain.getUnanswered(), "12 is high and unanswered; 9 is medium");
        assertTrue(chain.getRisks().get(1).isUnanswered());
        assertEquals(List.of(orphan), chain.getActionsWithoutOption().stream().map(PlanChain.ActionLink::action).toList());
        List<PlanChain.Path> paths = chain.paths();
        assertEquals(2, paths.size());
        assertNull(paths.get(0).indicator(), "an action without an indicator still has its path");
        assertNull(paths.get(1).option(), "the action of no option comes last");
    }

    @Test
    void anOptionAnswersOneRiskOfItsOwnWorkspaceAtLeast() {
        Risk elsewhere = withId(new Risk(new Workspace(new Municipality("Maputo", new Country("MZ", new LocalizedName("Mozambique", null, null))),
                false, Instant.now(), Duration.ofDays(7))));
        elsewhere.edit("Floods", Sector.WATER, "x", 3, 3, true, "Ana");
        AdaptationOption option = withId(new AdaptationOption(workspace));
        assertThrows(IllegalArgumentException.class, () -> option.describe("Drains", List.of(), null, OptionType.NO_REGRET, "Roads", null, "Awa"));
        assertThrows(IllegalArgumentException.class,
                () -> option.describe("Drains", List.of(elsewhere), null, OptionType.NO_REGRET, "Roads", null, "Awa"));
    }
}
