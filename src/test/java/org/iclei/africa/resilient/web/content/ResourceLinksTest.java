package org.iclei.africa.resilient.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResourceLinksTest {

    @Test
    void sizesReadLikePeopleWriteThem() {
        NumberFormat english = NumberFormat.getNumberInstance(Locale.ENGLISH);
        assertEquals("850 B", ResourceLinks.size(850, english));
        assertEquals("12.4 KB", ResourceLinks.size(12_700, english));
        assertEquals("3.1 MB", ResourceLinks.size(3_250_000, english));
        assertEquals("12,4 KB", ResourceLinks.size(12_700, NumberFormat.getNumberInstance(Locale.FRENCH)));
    }
}
