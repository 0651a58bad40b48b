package org.iclei.africa.resilient.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** English pages stay English on a server whose default locale is another of the portal's languages. */
class EnglishFallbackTest {

    @Test
    void englishDoesNotFallBackToTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            ResourceBundle.clearCache();
            assertEquals("Home", ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString("nav.home"));
            assertEquals("Accueil", ResourceBundle.getBundle("i18n.messages", Locale.FRENCH).getString("nav.home"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }
}
