package org.iclei.africa.resilient.content.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iclei.africa.resilient.content.domain.HtmlCleaner;
import org.junit.jupiter.api.Test;

/** What the back office's editors store: the HTML an administrator (or a forged form) sends, cleaned on save. */
class JsoupHtmlCleanerTest {

    private final HtmlCleaner cleaner = new JsoupHtmlCleaner();

    @Test
    void scriptsAreRemovedWithTheirCode() {
        String clean = cleaner.clean("<p>Floods</p><script>alert('x')</script><p>Heat<script src=\"https://evil.example/x.js\"></script></p>");
        assertEquals("<p>Floods</p><p>Heat</p>", clean);
    }

    @Test
    void eventHandlersAreRemoved() {
        String clean = cleaner.clean("<p onclick=\"steal()\">Drought</p><img src=\"x\" onerror=\"steal()\"><a href=\"https://x.org\" onmouseover=\"steal()\">x</a>");
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertFalse(clean.contains("onmouseover"), clean);
        assertFalse(clean.contains("<img"), clean);
        assertTrue(clean.startsWith("<p>Drought</p>"), clean);
    }

    @Test
    void javascriptAndDataLinksLoseTheirAddress() {
        for (String address : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/x"}) {
            String clean = cleaner.clean("<p><a href=\"" + address + "\">click</a></p>");
            assertEquals("<p><a rel=\"noopener\">click</a></p>", clean, address);
        }
    }

    @Test
    void httpHttpsAndMailtoLinksAreKept() {
        assertEquals("<p><a href=\"http://example.org/a\" rel=\"noopener\">a</a> <a href=\"https://africa.iclei.org\" rel=\"noopener\">b</a> "
                + "<a href=\"mailto:iclei-africa@iclei.org\" rel=\"noopener\">c</a></p>",
                cleaner.clean("<p><a href=\"http://example.org/a\" target=\"_blank\">a</a> <a href=\"https://africa.iclei.org\">b</a> "
                        + "<a href=\"mailto:iclei-africa@iclei.org\">c</a></p>"));
    }

    @Test
    void stylesFramesAndFormsAreRemoved() {
        String clean = cleaner.clean("<style>p{display:none}</style><p style=\"color:red\" class=\"x\">Sea</p><iframe src=\"https://x.org\"></iframe>"
                + "<form action=\"https://x.org\"><input name=\"a\"></form><object data=\"x\"></object>");
        assertEquals("<p>Sea</p>", clean);
    }

    @Test
    void theTextStructureIsKept() {
        String html = "<h2>Step 1</h2><h3>Team</h3><p>A <strong>council</strong> <em>mandate</em>.<br></p><ol><li>one</li></ol><blockquote>Quote</blockquote>";
        assertEquals(html, cleaner.clean(html));
    }

    @Test
    void quillBulletListsBecomeBulletListsAgain() {
        String quill = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>water</li>"
                + "<li data-list=\"bullet\">health</li><li data-list=\"ordered\">first</li></ol><p>end</p>";
        assertEquals("<ul><li>water</li><li>health</li></ul><ol><li>first</li></ol><p>end</p>", cleaner.clean(quill));
    }

    @Test
    void nothingGivesEmpty() {
        assertEquals("", cleaner.clean(null));
        assertEquals("", cleaner.clean(" "));
    }
}
