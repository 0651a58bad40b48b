package org.iclei.africa.resilient.web.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ChangeTextTest {

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
        assertEquals("Inondation / Santé: 4×3 = 12", ChangeText.render("Inondation / {Sector.HEALTH}: 4×3 = 12", FRENCH));
        assertEquals("Rôle: (vide) → Élevé", ChangeText.render("{ws.core-team.role}: {tool.change.empty} → {choice.high}", FRENCH));
    }

    @Test
    void codesOfLinesWrittenBeforeKeysWereStoredAreShownAsLabelsToo() {
        assertEquals("Cheias / Quartiers informels: 2×2 = 4", ChangeText.render("Cheias / INFORMAL_SETTLEMENTS: 2×2 = 4", FRENCH));
        assertEquals("ana@example.org · Rédacteur", ChangeText.render("ana@example.org · EDITOR", FRENCH));
    }

    @Test
    void whatMembersTypedStaysAsItIs() {
        assertEquals("Drains {blocked} / FLOOD", ChangeText.render("Drains {blocked} / FLOOD", FRENCH));
        assertEquals("{unknown.key} stays", ChangeText.render("{unknown.key} stays", FRENCH));
    }
}
