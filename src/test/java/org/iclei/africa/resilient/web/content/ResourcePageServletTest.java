package org.iclei.africa.resilient.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourcePageServletTest {

    @Test
    void onlyADigitsSegmentIsAnId() {
        assertEquals(Optional.of(42L), ResourcePageServlet.resourceId("/42"));
        assertEquals(Optional.empty(), ResourcePageServlet.resourceId(null));
        assertEquals(Optional.empty(), ResourcePageServlet.resourceId("/"));
        assertEquals(Optional.empty(), ResourcePageServlet.resourceId("/abc"));
        assertEquals(Optional.empty(), ResourcePageServlet.resourceId("/42/x"));
        assertEquals(Optional.empty(), ResourcePageServlet.resourceId("/-1"));
        assertEquals(Optional.empty(), ResourcePageServlet.resourceId("/1234567890123456789"));
    }
}
