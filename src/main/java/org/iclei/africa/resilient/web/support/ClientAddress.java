package org.iclei.africa.resilient.web.support;

import jakarta.servlet.http.HttpServletRequest;

/** The visitor's network address, for rate limits: the connection's, or the proxy's report of it when trusted. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, boolean trustProxy) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustProxy);
    }

    /** With a trusted proxy, the first address of {@code X-Forwarded-For} (the client as the proxy saw it). */
    static String of(String remoteAddress, String forwardedFor, boolean trustProxy) {
        if (trustProxy && forwardedFor != null && !forwardedFor.isBlank()) {
            String first = forwardedFor.split(",")[0].strip();
            if (!first.isEmpty() && first.length() <= 64) {
                return first;
            }
        }
        return remoteAddress;
    }
}
