package org.iclei.africa.resilient.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordPasses() {
        assertEquals(List.of(), PasswordPolicy.check("baobab-under-rain-42", "nomsa@city.gov.za"));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), PasswordPolicy.check("Short1!", "a@b.org"));
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), PasswordPolicy.check(null, "a@b.org"));
    }

    @Test
    void veryLongPasswordsAreRefused() {
        assertEquals(List.of(PasswordPolicy.TOO_LONG), PasswordPolicy.check("x".repeat(129) + "Y7", "a@b.org"));
    }

    @Test
    void theEmailAddressIsNotAPassword() {
        assertEquals(List.of(PasswordPolicy.LIKE_EMAIL), PasswordPolicy.check("Nomsa@City.gov.za", "nomsa@city.gov.za"));
        assertEquals(List.of(PasswordPolicy.LIKE_EMAIL), PasswordPolicy.check("my-nomsa-2026!", "nomsa@city.gov.za"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(List.of(PasswordPolicy.TOO_COMMON), PasswordPolicy.check("Password123", "a@b.org"));
        assertEquals(List.of(PasswordPolicy.TOO_COMMON), PasswordPolicy.check("QWERTYUIOP", "a@b.org"));
    }
}
