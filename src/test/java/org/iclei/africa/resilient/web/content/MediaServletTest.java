package org.iclei.africa.resilient.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MediaServletTest {

    @Test
    void imagesAreShownInlineWithASafeName() {
        assertEquals("inline; filename=\"dunga.png\"; filename*=UTF-8''dunga.png", MediaServlet.inline("dunga.png"));
        assertTrue(MediaServlet.inline("a\"b.png").startsWith("inline; filename=\"a_b.png\""));
    }

    @Test
    void imagesNeverChangeUnderTheirIdSoTheyAreCachedForAYear() {
        assertTrue(MediaServlet.CACHE.contains("max-age=31536000") && MediaServlet.CACHE.contains("immutable"));
    }
}
