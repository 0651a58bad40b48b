package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.LocalizedName;
import org.junit.jupiter.api.Test;

/** The workspace's access, shared by all its members: trial, trial ended, member (until a date or not), membership ended. */
class WorkspaceAccessTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static Workspace created() {
        return new Workspace(new Municipality("Walvis Bay", new Country("NA", new LocalizedName("Namibia", null, null))), false, MONDAY, WEEK);
    }

    @Test
    void aNewWorkspaceHasASevenDayTrial() {
        Workspace workspace = created();
        assertEquals(WorkspaceAccess.TRIAL, workspace.access(MONDAY));
        assertEquals(WorkspaceAccess.TRIAL, workspace.access(MONDAY.plus(WEEK).minusSeconds(1)));
        assertEquals(MONDAY.plus(WEEK), workspace.accessDate(MONDAY));
        assertTrue(workspace.access(MONDAY).canEdit());
    }

    @Test
    void afterTheTrialItIsReadOnly() {
        Workspace workspace = created();
        assertEquals(WorkspaceAccess.TRIAL_ENDED, workspace.access(MONDAY.plus(WEEK)));
        assertFalse(workspace.access(MONDAY.plus(WEEK)).canEdit());
        assertEquals(MONDAY.plus(WEEK), workspace.accessDate(MONDAY.plus(WEEK)));
    }

    @Test
    void membershipWithoutEndLastsAndAnswersTheRequest() {
        Workspace workspace = created();
        Instant later = MONDAY.plus(Duration.ofDays(10));
        workspace.requestMembership(later);
        workspace.grantMembership(later, null);
        assertEquals(WorkspaceAccess.MEMBER, workspace.access(MONDAY.plus(Duration.ofDays(4000))));
        assertNull(workspace.accessDate(later));
        assertNull(workspace.getMembershipRequestedAt());
        assertEquals(later, workspace.getMemberSince());
    }

    @Test
    void membershipUntilADateEndsThenAndCanBeRenewed() {
        Workspace workspace = created();
        Instant until = MONDAY.plus(Duration.ofDays(100));
        workspace.grantMembership(MONDAY, until);
        assertEquals(WorkspaceAccess.MEMBER, workspace.access(until.minusSeconds(1)));
        assertEquals(until, workspace.accessDate(MONDAY));
        assertEquals(WorkspaceAccess.MEMBERSHIP_ENDED, workspace.access(until));
        assertEquals(until, workspace.accessDate(until.plusSeconds(1)));
        Instant renewed = until.plus(Duration.ofDays(5));
        workspace.grantMembership(renewed, null);
        assertEquals(renewed, workspace.getMemberSince());
        assertEquals(WorkspaceAccess.MEMBER, workspace.access(renewed));
        assertThrows(IllegalArgumentException.class, () -> workspace.grantMembership(renewed, renewed));
    }

    @Test
    void endingAMembershipMakesItReadOnlyAtOnce() {
        Workspace workspace = created();
        Instant later = MONDAY.plus(Duration.ofDays(30));
        workspace.grantMembership(MONDAY.plus(Duration.ofDays(8)), null);
        workspace.endMembership(later);
        assertEquals(WorkspaceAccess.MEMBERSHIP_ENDED, workspace.access(later));
        assertEquals(later, workspace.getMemberUntil());
    }

    @Test
    void anExtensionCountsFromTheEndOfTheTrialOrFromNowWhenItEnded() {
        Workspace workspace = created();
        workspace.extendTrial(Duration.ofDays(3), MONDAY.plus(Duration.ofDays(2)));
        assertEquals(MONDAY.plus(Duration.ofDays(10)), workspace.getTrialEndsAt());
        Instant later = MONDAY.plus(Duration.ofDays(30));
        workspace.extendTrial(Duration.ofDays(5), later);
        assertEquals(later.plus(Duration.ofDays(5)), workspace.getTrialEndsAt());
        assertEquals(WorkspaceAccess.TRIAL, workspace.access(later));
        assertThrows(IllegalArgumentException.class, () -> workspace.extendTrial(Duration.ZERO, later));
    }

    @Test
    void endingTheTrialMakesItReadOnlyAtOnce() {
        Workspace workspace = created();
        workspace.endTrial(MONDAY.plusSeconds(60));
        assertEquals(WorkspaceAccess.TRIAL_ENDED, workspace.access(MONDAY.plusSeconds(60)));
    }

    @Test
    void aTrialExtendedAfterAnEndedMembershipOpensItAgain() {
        Workspace workspace = created();
        workspace.grantMembership(MONDAY, MONDAY.plus(Duration.ofDays(20)));
        Instant later = MONDAY.plus(Duration.ofDays(40));
        assertEquals(WorkspaceAccess.MEMBERSHIP_ENDED, workspace.access(later));
        workspace.extendTrial(Duration.ofDays(3), later);
        assertEquals(WorkspaceAccess.TRIAL, workspace.access(later));
    }
}
