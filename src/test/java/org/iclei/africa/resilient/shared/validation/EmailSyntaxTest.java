package org.iclei.africa.resilient.shared.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailSyntaxTest {

    @Test
    void anAddressHasOneAtAndADomainWithADot() {
        assertTrue(EmailSyntax.isValid("amina@dakar.sn"));
        for (String address : new String[] {"amina", "amina@", "amina@dakar", "a mina@dakar.sn", "@dakar.sn", "a@b@c.sn", ""}) {
            assertFalse(EmailSyntax.isValid(address), address);
        }
        assertFalse(EmailSyntax.isValid(null));
    }

    @Test
    void anAddressFitsTheFieldLimit() {
        String domain = "@dakar.sn";
        assertTrue(EmailSyntax.isValid("a".repeat(FieldLimits.EMAIL - domain.length()) + domain));
        assertFalse(EmailSyntax.isValid("a".repeat(FieldLimits.EMAIL - domain.length() + 1) + domain));
    }
}
