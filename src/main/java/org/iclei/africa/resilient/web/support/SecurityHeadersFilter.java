package org.iclei.africa.resilient.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iclei.africa.resilient.config.PortalSettings;

/**
 * The security headers of every response — pages, servlets, downloads, error pages — set before the rest of the
 * chain runs, so that a servlet with stricter needs overrides them (the media servlet's sandbox policy):
 * <ul>
 *   <li>{@code Content-Security-Policy}: public and member pages load only the portal's own scripts, styles and
 *       images, no inline script or style ({@link #PAGES}); the back office's PrimeFaces needs inline and eval'd
 *       scripts and inline styles, so {@code /admin} gets {@link #BACK_OFFICE}. Neither may be framed.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy:
 *       strict-origin-when-cross-origin}, a {@code Permissions-Policy} that turns off camera, microphone, place…</li>
 *   <li>{@code Cache-Control: no-store} on member and back-office pages and per-user downloads ({@code /tool/*},
 *       {@code /account*}, {@code /admin*}) and on any page for a signed-in user (a shared computer's back button
 *       shows nothing); CSS, scripts and images keep their caching.</li>
 *   <li>{@code Strict-Transport-Security} only when {@code PORTAL_BASE_URL} is https.</li>
 * </ul>
 * The session cookie's {@code Secure} flag is set by {@link SessionCookieSecurity}.
 */
// FORWARD too: a filter that runs first may forward instead of going on (ToolHomeFilter's dashboard at /tool)
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String BACK_OFFICE = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
    static final String HSTS = "max-age=31536000";

    @Inject
    transient PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = path(request);
        response.setHeader("Content-Security-Policy", isBackOffice(path) ? BACK_OFFICE : PAGES);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (settings.secureTransport()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (isPrivate(path) || request.getUserPrincipal() != null && !isStatic(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** The path inside the portal; on an error page, the path that failed (its policy and caching apply). */
    static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = request.getDispatcherType() == DispatcherType.ERROR && failed != null ? failed.toString() : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static boolean isBackOffice(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/admin.");
    }

    /** Member pages, the back office and per-user downloads: never kept by a browser or a proxy. */
    static boolean isPrivate(String path) {
        return isBackOffice(path) || path.startsWith("/tool/") || path.startsWith("/account");
    }

    /** CSS, scripts, fonts and images: the same for everyone, cached as the container says. */
    static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/javax.faces.resource/") || path.startsWith("/media/")
                || path.startsWith("/resources/");
    }
}
