package org.iclei.africa.resilient.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretLinksTest {

    private static String token() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void theTokenOfAConfirmationLinkIsHiddenAndTheRestOfTheMailKept() {
        String token = token();
        String body = "Hello Ana,\n\nConfirm your address within 24 hours:\nhttp://localhost:8080/account/confirm?token=" + token
                + "\n\nResilient Africa";
        String masked = SecretLinks.mask(body);
        assertFalse(masked.contains(token));
        assertEquals("Hello Ana,\n\nConfirm your address within 24 hours:\nhttp://localhost:8080/account/confirm?token=…"
                + "\n\nResilient Africa", masked);
    }

    @Test
    void everySecretParameterIsHiddenWhateverItsValueLooksLike() {
        assertEquals("https://portal.example/register?invitation=…&lang=fr",
                SecretLinks.mask("https://portal.example/register?invitation=abc&lang=fr"));
        assertEquals("https://x.example/a?Token=…&code=…&page=2", SecretLinks.mask("https://x.example/a?Token=short&code=1234&page=2"));
        assertEquals("https://x.example/reset?token=", SecretLinks.mask("https://x.example/reset?token="), "nothing to hide");
    }

    @Test
    void aRandomLookingValueIsHiddenUnderAnyParameterName() {
        String token = token();
        assertEquals("https://x.example/join?t=…", SecretLinks.mask("https://x.example/join?t=" + token));
    }

    @Test
    void longRandomPathSegmentsAndFragmentsAreHidden() {
        String token = token();
        assertEquals("https://x.example/invite/…/accept", SecretLinks.mask("https://x.example/invite/" + token + "/accept"));
        assertEquals("https://x.example/d/…", SecretLinks.mask("https://x.example/d/123e4567-e89b-12d3-a456-426614174000"));
        assertEquals("https://x.example/a#…", SecretLinks.mask("https://x.example/a#" + token));
        assertEquals("https://x.example/f/…", SecretLinks.mask("https://x.example/f/0123456789abcdef0123456789abcdef01"));
    }

    @Test
    void readablePathsAreKept() {
        String[] kept = {"https://x.example/tool/steps/impacts-and-risks", "http://localhost:8080/library/download/12345/flood-guide-2024.pdf",
                "https://x.example/admin/messages/message?id=12", "https://x.example/pioneers/walvis-bay?lang=pt#lessons",
                "https://www.iclei.org/en/Resilient_cities_and_climate_adaptation.html"};
        for (String link : kept) {
            assertEquals(link, SecretLinks.mask(link));
        }
    }

    @Test
    void aFullStopAfterALinkIsNoPartOfIt() {
        String token = token();
        assertEquals("Open http://x.example/account/reset?token=…. It works once.",
                SecretLinks.mask("Open http://x.example/account/reset?token=" + token + ". It works once."));
        assertEquals("(see https://x.example/join?token=…)", SecretLinks.mask("(see https://x.example/join?token=" + token + ")"));
    }

    @Test
    void textWithoutLinksIsUnchanged() {
        String text = "Your code word is kJ8f2Lq0ZxP4mN7bVc1s but that is no link.";
        assertEquals(text, SecretLinks.mask(text));
        assertNull(SecretLinks.mask(null));
    }

    @Test
    void randomnessIsToldFromWords() {
        assertTrue(SecretLinks.looksRandom("kJ8f2Lq0ZxP4mN7bVc1s"));
        assertTrue(SecretLinks.looksRandom("kJ8f2L-q0ZxP4_mN7bVc1sAb"));
        assertFalse(SecretLinks.looksRandom("impacts-and-risks-2024"));
        assertFalse(SecretLinks.looksRandom("getting-started"));
        assertFalse(SecretLinks.looksRandom("abc123"));
    }
}
