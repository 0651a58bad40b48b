package org.iclei.africa.resilient.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theHeaderIsIgnoredUnlessTheProxyIsTrusted() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.9", 0));
    }

    @Test
    void aTrustedProxyNamesTheClientAsTheRightMostEntry() {
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.5", "203.0.113.9, 10.0.0.1", 1));
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "203.0.113.9", 1));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", 1));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "x".repeat(100), 1));
    }

    @Test
    void whatTheClientWritesOnTheLeftIsNeverUsed() {
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7", 1));
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "9.9.9.9, 1.2.3.4, 198.51.100.7", 1));
    }

    @Test
    void twoTrustedProxiesNameTheClientOnePlaceFurtherLeft() {
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.1", 2));
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7", 2));
    }
}
