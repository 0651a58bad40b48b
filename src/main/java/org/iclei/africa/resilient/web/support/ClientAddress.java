package org.iclei.africa.resilient.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.iclei.africa.resilient.config.PortalSettings;

/**
 * The visitor's network address, for rate limits: the connection's, or — behind a trusted proxy — the address
 * that proxy added to {@code X-Forwarded-For}. Every proxy appends the address it received the request from, so
 * only the right-most entries are written by proxies we trust; the entries on the left are whatever the client
 * sent and are never used (a client cannot escape a limit by writing its own {@code X-Forwarded-For}).
 */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, PortalSettings settings) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), settings.trustProxy() ? settings.trustedProxies() : 0);
    }

    /**
     * @param proxies how many trusted proxies stand in front of the portal ({@code PORTAL_TRUSTED_PROXIES}, 1 by default
     *                when {@code PORTAL_TRUST_PROXY=true}; 0: the header is ignored): the entry that many places from the
     *                right is the client as the outermost trusted proxy saw it
     */
    static String of(String remoteAddress, String forwardedFor, int proxies) {
        if (proxies <= 0 || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] entries = forwardedFor.split(",");
        int index = entries.length - proxies;
        String client = index >= 0 ? entries[index].strip() : entries[0].strip();
        return client.isEmpty() || client.length() > MAX_LENGTH ? remoteAddress : client;
    }
}
