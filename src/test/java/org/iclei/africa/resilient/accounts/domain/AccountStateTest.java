package org.iclei.africa.resilient.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An account's own state: confirmed or not, switched off or not (trial and membership are the workspace's). */
class AccountStateTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T08:00:00Z");

    private static Account member() {
        return new Account("Nomsa@City.gov.za ", "Nomsa Dlamini", "hash", Role.MEMBER, AccountStatus.UNCONFIRMED, "en");
    }

    @Test
    void aNewAccountIsUnconfirmedAndCannotSignIn() {
        Account account = member();
        assertEquals("nomsa@city.gov.za", account.getEmail());
        assertEquals(AccountStatus.UNCONFIRMED, account.getStatus());
        assertFalse(account.canSignIn());
    }

    @Test
    void confirmingLetsItSignInAndRepeatingItChangesNothing() {
        Account account = member();
        account.confirm(MONDAY);
        assertTrue(account.canSignIn());
        assertEquals(MONDAY, account.getConfirmedAt());
        account.confirm(MONDAY.plus(Duration.ofDays(6)));
        assertEquals(MONDAY, account.getConfirmedAt());
    }

    @Test
    void aDisabledAccountCannotSignInAndComesBackAsItWas() {
        Account account = member();
        account.confirm(MONDAY);
        account.disable();
        assertEquals(AccountStatus.DISABLED, account.getStatus());
        assertFalse(account.canSignIn());
        account.enable();
        assertTrue(account.canSignIn());
        Account unconfirmed = member();
        unconfirmed.disable();
        unconfirmed.enable();
        assertEquals(AccountStatus.UNCONFIRMED, unconfirmed.getStatus());
    }

    @Test
    void aNewPasswordMarksTheMomentOlderSessionsEnd() {
        Account account = member();
        account.changePassword("new-hash", MONDAY);
        assertEquals("new-hash", account.getPasswordHash());
        assertEquals(MONDAY, account.getCredentialsChangedAt());
    }
}
