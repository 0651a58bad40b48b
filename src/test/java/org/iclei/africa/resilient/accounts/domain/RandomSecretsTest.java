package org.iclei.africa.resilient.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomSecretsTest {

    @Test
    void passwordsHaveTheLengthAskedAndNoLookAlikeCharacters() {
        String password = RandomSecrets.password(20);
        assertEquals(20, password.length());
        assertTrue(password.matches("[A-HJ-NP-Za-km-z2-9]{20}"), password);
    }

    @Test
    void passwordsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(RandomSecrets.password(16)));
        }
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RandomSecrets.password(8));
    }
}
