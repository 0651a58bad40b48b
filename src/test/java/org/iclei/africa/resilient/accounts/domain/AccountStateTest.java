package org.iclei.africa.resilient.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountStateTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static Account member() {
        return new Account("Nomsa@City.gov.za ", "Nomsa Dlamini", "hash", Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
    }

    @Test
    void aNewAccountIsUnconfirmedAndCannotSignIn() {
        Account account = member();
        assertEquals("nomsa@city.gov.za", account.getEmail());
        assertEquals(AccessState.UNCONFIRMED, account.state(MONDAY));
        assertFalse(account.state(MONDAY).canSignIn());
    }

    @Test
    void confirmingStartsASevenDayTrial() {
        Account account = member();
        account.confirm(MONDAY, WEEK);
        assertEquals(AccessState.TRIAL, account.state(MONDAY));
        assertEquals(MONDAY.plus(WEEK), account.getTrialEndsAt());
        assertEquals(AccessState.TRIAL, account.state(MONDAY.plus(WEEK).minusSeconds(1)));
        assertTrue(account.state(MONDAY).canEdit());
    }

    @Test
    void confirmingTwiceDoesNotRestartTheTrial() {
        Account account = member();
        account.confirm(MONDAY, WEEK);
        account.confirm(MONDAY.plus(Duration.ofDays(6)), WEEK);
        assertEquals(MONDAY.plus(WEEK), account.getTrialEndsAt());
    }

    @Test
    void afterTheTrialTheAccountCanReadButNotEdit() {
        Account account = member();
        account.confirm(MONDAY, WEEK);
        AccessState expired = account.state(MONDAY.plus(WEEK));
        assertEquals(AccessState.TRIAL_EXPIRED, expired);
        assertTrue(expired.canSignIn());
        assertFalse(expired.canEdit());
    }

    @Test
    void membershipLastsBeyondTheTrial() {
        Account account = member();
        account.confirm(MONDAY, WEEK);
        account.grantMembership(MONDAY.plus(Duration.ofDays(10)));
        assertEquals(AccessState.MEMBER, account.state(MONDAY.plus(Duration.ofDays(400))));
        assertNotNull(account.getMemberSince());
    }

    @Test
    void anExtensionCountsFromTheEndOfTheTrialOrFromNowWhenItEnded() {
        Account account = member();
        account.confirm(MONDAY, WEEK);
        account.extendTrial(Duration.ofDays(3), MONDAY.plus(Duration.ofDays(2)));
        assertEquals(MONDAY.plus(Duration.ofDays(10)), account.getTrialEndsAt());
        Instant later = MONDAY.plus(Duration.ofDays(30));
        account.extendTrial(Duration.ofDays(5), later);
        assertEquals(later.plus(Duration.ofDays(5)), account.getTrialEndsAt());
        assertEquals(AccessState.TRIAL, account.state(later));
        assertThrows(IllegalArgumentException.class, () -> account.extendTrial(Duration.ZERO, later));
    }

    @Test
    void endingTheTrialMakesItExpiredAtOnce() {
        Account account = member();
        account.confirm(MONDAY, WEEK);
        account.endTrial(MONDAY.plusSeconds(60));
        assertEquals(AccessState.TRIAL_EXPIRED, account.state(MONDAY.plusSeconds(61)));
    }

    @Test
    void anUnconfirmedAccountGetsNoMembershipOrExtension() {
        assertThrows(IllegalStateException.class, () -> member().grantMembership(MONDAY));
        assertThrows(IllegalStateException.class, () -> member().extendTrial(WEEK, MONDAY));
    }

    @Test
    void aDisabledAccountCannotSignInWhateverItsDates() {
        Account account = member();
        account.confirm(MONDAY, WEEK);
        account.grantMembership(MONDAY);
        account.disable();
        assertEquals(AccessState.DISABLED, account.state(MONDAY));
        assertFalse(account.state(MONDAY).canSignIn());
        account.enable();
        assertEquals(AccessState.MEMBER, account.state(MONDAY));
        Account unconfirmed = member();
        unconfirmed.disable();
        unconfirmed.enable();
        assertEquals(AccessState.UNCONFIRMED, unconfirmed.state(MONDAY));
    }

    @Test
    void administratorsAreMembers() {
        Account admin = new Account("admin@iclei.org", "Admin", "hash", Role.ADMIN, AccountStatus.ACTIVE, "en");
        assertEquals(AccessState.MEMBER, admin.state(MONDAY));
    }

    @Test
    void aNewPasswordMarksTheMomentOlderSessionsEnd() {
        Account account = member();
        account.changePassword("new-hash", MONDAY);
        assertEquals("new-hash", account.getPasswordHash());
        assertEquals(MONDAY, account.getCredentialsChangedAt());
    }
}
