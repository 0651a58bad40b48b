package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ListResourceBundle;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ChangeSummariesTest {

    private static final ResourceBundle FRENCH = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"Sector.HEALTH", "Santé"}, {"Sector.INFORMAL_SETTLEMENTS", "Quartiers informels"},
                {"MemberRole.EDITOR", "Rédacteur"}, {"ws.core-team.role", "Rôle"}, {"tool.change.empty", "(vide)"},
                {"choice.high", "Élevé"}};
        }
    };

    @Test
    void storedKeysAreShownAsTheirTexts() {
        assertEquals("Inondation / Santé: 4×3 = 12", ChangeSummaries.text("Inondation / {Sector.HEALTH}: 4×3 = 12", FRENCH));
        assertEquals("Rôle: (vide) → Élevé", ChangeSummaries.text("{ws.core-team.role}: {tool.change.empty} → {choice.high}", FRENCH));
    }

    @Test
    void codesOfLinesWrittenBeforeKeysWereStoredAreShownAsLabelsToo() {
        assertEquals("Cheias / Quartiers informels: 2×2 = 4", ChangeSummaries.text("Cheias / INFORMAL_SETTLEMENTS: 2×2 = 4", FRENCH));
        assertEquals("ana@example.org · Rédacteur", ChangeSummaries.text("ana@example.org · EDITOR", FRENCH));
    }

    @Test
    void whatMembersTypedStaysAsItIs() {
        assertEquals("Drains {blocked} / FLOOD", ChangeSummaries.text("Drains {blocked} / FLOOD", FRENCH));
        assertEquals("{unknown.key} stays", ChangeSummaries.text("{unknown.key} stays", FRENCH));
    }

    @Test
    void aTickedCheckItemIsNamedByItsTextInTheReadersLanguageOrAsStoredOnceRemoved() {
        WorksheetChange tick = new WorksheetChange(null, "Lead", ChangeSummaries.CHECKS, 7L, "ticked", "A core team is named");
        assertEquals("Une équipe est nommée", ChangeSummaries.text(tick, Map.of(7L, "Une équipe est nommée"), FRENCH));
        assertEquals("A core team is named", ChangeSummaries.text(tick, Map.of(), FRENCH));
        WorksheetChange risk = new WorksheetChange(null, "Lead", "risks", 7L, "added", "Inondation / {Sector.HEALTH}: 4×3 = 12");
        assertEquals("Inondation / Santé: 4×3 = 12", ChangeSummaries.text(risk, Map.of(7L, "Une équipe est nommée"), FRENCH));
    }
}
