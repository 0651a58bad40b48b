package org.iclei.africa.resilient.content.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void keepsTheStructureOfAText() {
        String html = "<h2>Step 1</h2><p>A <strong>council</strong> <em>mandate</em>.</p><ul><li>one</li></ul>";
        assertEquals(html, HtmlSanitizer.sanitize(html));
    }

    @Test
    void removesScriptsStylesAndHandlers() {
        String clean = HtmlSanitizer.sanitize("<p onclick=\"steal()\" style=\"x\">Hi<script>alert(1)</script></p><style>p{}</style><iframe src=x></iframe>");
        assertEquals("<p>Hi</p>", clean);
    }

    @Test
    void linksKeepSafeAddressesOnly() {
        assertEquals("<a href=\"https://africa.iclei.org\" rel=\"noopener\">ICLEI</a>",
                HtmlSanitizer.sanitize("<a href=\"https://africa.iclei.org\" target=\"_blank\">ICLEI</a>"));
        String script = HtmlSanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>");
        assertFalse(script.contains("javascript"), script);
        assertTrue(HtmlSanitizer.sanitize("<a href=\"mailto:iclei-africa@iclei.org\">mail</a>").contains("mailto:"));
    }

    @Test
    void nothingGivesEmpty() {
        assertEquals("", HtmlSanitizer.sanitize(null));
        assertEquals("", HtmlSanitizer.sanitize("  "));
    }
}
