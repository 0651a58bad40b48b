package org.iclei.africa.resilient.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final Account account = new Account("a@b.org", "A", "h", Role.MEMBER, AccountStatus.UNCONFIRMED, "fr");

    @Test
    void onlyTheHashIsKept() {
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, NOW, null);
        assertTrue(issued.token().matches("[A-Za-z0-9_-]{43}"), issued.token());
        assertEquals(AccountToken.hash(issued.token()), AccountToken.hash(issued.token()));
        assertNotEquals(issued.token(), AccountToken.hash(issued.token()));
        assertNotEquals(issued.token(), AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, NOW, null).token());
    }

    @Test
    void aConfirmationLinkLastsADay() {
        AccountToken token = AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, NOW, null).entity();
        assertTrue(token.isUsable(TokenPurpose.CONFIRM_EMAIL, NOW.plus(Duration.ofHours(23))));
        assertFalse(token.isUsable(TokenPurpose.CONFIRM_EMAIL, NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void aResetLinkLastsAnHourAndWorksOnce() {
        AccountToken token = AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, NOW, null).entity();
        assertTrue(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(59))));
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(61))));
        token.use(NOW.plusSeconds(5));
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(6)));
    }

    @Test
    void aLinkServesOnlyItsOwnPurpose() {
        AccountToken token = AccountToken.issue(account, TokenPurpose.CHANGE_EMAIL, NOW, " New@Mail.org").entity();
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW));
        assertEquals("new@mail.org", token.getNewEmail());
    }
}
