package org.iclei.africa.resilient.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    private static final String TOKEN = "kJ8f2Lq0ZxP4mN7bVc1s-Qe9";
    private static final String BODY = "Hello Amina,\n\nConfirm your address: http://localhost:8080/account/confirm?token=" + TOKEN
            + "\nReset: https://portal.example.org/account/reset?token=" + TOKEN + ".\nJoin: http://localhost:8080/register?invitation=" + TOKEN;

    @Test
    void theLogShowsAMailWithItsLinksSecretsMasked() {
        String logged = MailDelivery.logged(BODY, false);
        assertFalse(logged.contains(TOKEN), logged);
        assertTrue(logged.contains("http://localhost:8080/account/confirm?token=…"), logged);
        assertTrue(logged.contains("/account/reset?token=…."), "the sentence's full stop stays: " + logged);
        assertTrue(logged.contains("/register?invitation=…"), logged);
        assertTrue(logged.contains("Hello Amina,") && logged.contains("PORTAL_MAIL_LOG_LINKS"), logged);
    }

    @Test
    void onlyTheExplicitDevelopmentSettingKeepsTheWorkingLinks() {
        assertTrue(MailDelivery.logged(BODY, true).contains("confirm?token=" + TOKEN));
        assertFalse(new PortalSettings(Map.<String, String>of()::get).mailLogLinks(), "masked unless said otherwise");
        assertTrue(new PortalSettings(Map.of("PORTAL_MAIL_LOG_LINKS", "true")::get).mailLogLinks());
        assertFalse(new PortalSettings(Map.of("PORTAL_MAIL_LOG_LINKS", "no")::get).mailLogLinks());
    }

    @Test
    void theSessionCookieAndHstsFollowTheBaseUrlsScheme() {
        assertTrue(new PortalSettings(Map.of("PORTAL_BASE_URL", "HTTPS://resilientafrica.org")::get).secureTransport());
        assertFalse(new PortalSettings(Map.<String, String>of()::get).secureTransport());
        assertTrue(new PortalSettings(Map.<String, String>of()::get).retention().toDays() == 30);
    }
}
