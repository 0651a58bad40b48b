package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.LocalizedName;
import org.iclei.africa.resilient.shared.BusinessException;
import org.junit.jupiter.api.Test;

class WorkspaceMemberTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");

    private static Workspace workspace(String name) {
        return new Workspace(new Municipality(name, new Country("MZ", new LocalizedName("Mozambique", null, null))), false, MONDAY, Duration.ofDays(7));
    }

    private static WorkspaceMember member(MemberRole role) {
        Account account = new Account("member@city.gov.mz", "Member", "hash", Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
        account.confirm(MONDAY);
        return new WorkspaceMember(workspace("Marracuene"), account, role);
    }

    @Test
    void aDisabledAccountDoesNotEditEvenDuringTheTrial() {
        WorkspaceMember member = member(MemberRole.LEAD);
        member.getAccount().disable();
        assertFalse(member.canEdit(MONDAY));
    }

    @Test
    void anAdministratorWhoIsAMemberIsNotHeldByTheTrial() {
        Account admin = new Account("admin@iclei.org", "Admin", "hash", Role.ADMIN, AccountStatus.ACTIVE, "en");
        assertTrue(new WorkspaceMember(workspace("Marracuene"), admin, MemberRole.EDITOR).canEdit(MONDAY.plus(Duration.ofDays(30))));
    }

    @Test
    void leadsAndEditorsEditDuringTheirTrialViewersAndPendingMembersNever() {
        assertTrue(member(MemberRole.LEAD).canEdit(MONDAY));
        assertTrue(member(MemberRole.EDITOR).canEdit(MONDAY.plus(Duration.ofDays(6))));
        assertFalse(member(MemberRole.VIEWER).canEdit(MONDAY));
        assertFalse(member(MemberRole.PENDING).canEdit(MONDAY));
    }

    @Test
    void anEditorOfAWorkspaceWhoseTrialEndedNoLongerEdits() {
        assertFalse(member(MemberRole.EDITOR).canEdit(MONDAY.plus(Duration.ofDays(7))));
    }

    @Test
    void aRowIsFoundOnlyInItsOwnWorkspace() {
        Workspace own = workspace("Marracuene");
        Risk risk = new Risk(own);
        assertSame(risk, EditableRow.of(own, Optional.of(risk)));
        assertEquals(EditableRow.ROW_NOT_FOUND,
                assertThrows(BusinessException.class, () -> EditableRow.of(workspace("Manhiça"), Optional.of(risk))).getMessageKey());
        assertEquals(EditableRow.ROW_NOT_FOUND, assertThrows(BusinessException.class, () -> EditableRow.of(own, Optional.<Risk>empty()))
                .getMessageKey());
    }

    @Test
    void aSaveFromAnotherVersionIsAConflict() {
        Risk risk = new Risk(workspace("Marracuene"));
        risk.checkVersion(0L);
        assertEquals(EditableRow.CONFLICT, assertThrows(BusinessException.class, () -> risk.checkVersion(1L)).getMessageKey());
        assertEquals(EditableRow.CONFLICT, assertThrows(BusinessException.class, () -> risk.checkVersion(null)).getMessageKey());
    }
}
