package org.iclei.africa.resilient.shared.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailSyntaxTest {

    @Test
    void anAddressHasOneAtAndADomainWithADot() {
        assertTrue(EmailSyntax.isValid("amina@dakar.sn"));
        for (String address : new String[] {"amina", "amina@", "amina@dakar", "a mina@dakar.sn", "@dakar.sn", "a@b@c.sn", "",
                "amina@dakar.s", "a".repeat(65) + "@dakar.sn"}) {
            assertFalse(EmailSyntax.isValid(address), address);
        }
        assertFalse(EmailSyntax.isValid(null));
    }

    @Test
    void anAddressFitsTheFieldLimit() {
        String local = "amina@";
        String ending = ".sn";
        assertTrue(EmailSyntax.isValid(local + "d".repeat(FieldLimits.EMAIL - local.length() - ending.length()) + ending));
        assertFalse(EmailSyntax.isValid(local + "d".repeat(FieldLimits.EMAIL - local.length() - ending.length() + 1) + ending));
    }
}
