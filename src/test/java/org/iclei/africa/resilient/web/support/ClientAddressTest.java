package org.iclei.africa.resilient.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theHeaderIsIgnoredUnlessTheProxyIsTrusted() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.9", false));
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "203.0.113.9, 10.0.0.1", true));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", true));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "x".repeat(100), true));
    }
}
