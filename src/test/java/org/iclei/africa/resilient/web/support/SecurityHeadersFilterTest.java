package org.iclei.africa.resilient.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import org.iclei.africa.resilient.config.PortalSettings;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    /** The headers the filter sets for {@code uri}, as {@code user} (null: a visitor), with {@code PORTAL_BASE_URL}. */
    private static Map<String, String> headers(String uri, String user, String baseUrl, DispatcherType type, String failedUri) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "getDispatcherType" -> type;
                    case "getAttribute" -> RequestDispatcher.ERROR_REQUEST_URI.equals(args[0]) ? failedUri : null;
                    case "getUserPrincipal" -> user == null ? null : (Principal) () -> user;
                    default -> null;
                });
        Map<String, String> set = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        set.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.settings = new PortalSettings(Map.of("PORTAL_BASE_URL", baseUrl)::get);
        filter.doFilter(request, response, (req, res) -> { });
        return set;
    }

    private static Map<String, String> headers(String uri, String user) throws Exception {
        return headers(uri, user, "http://localhost:8080", DispatcherType.REQUEST, null);
    }

    @Test
    void publicPagesGetTheStrictPolicyAndStayCacheable() throws Exception {
        Map<String, String> home = headers("/", null);
        assertEquals(SecurityHeadersFilter.PAGES, home.get("Content-Security-Policy"));
        assertFalse(home.get("Content-Security-Policy").contains("unsafe"));
        assertEquals("nosniff", home.get("X-Content-Type-Options"));
        assertEquals("DENY", home.get("X-Frame-Options"));
        assertEquals("strict-origin-when-cross-origin", home.get("Referrer-Policy"));
        assertTrue(home.get("Permissions-Policy").contains("camera=()"));
        assertNull(home.get("Cache-Control"));
        assertNull(home.get("Strict-Transport-Security"), "no HSTS over http");
        assertNull(headers("/tool", null).get("Cache-Control"), "the public Tool page");
    }

    @Test
    void memberPagesBackOfficeAndPerUserDownloadsAreNeverStored() throws Exception {
        for (String uri : new String[] {"/tool/steps/action-plan", "/tool/report.pdf", "/tool/export/risks.csv", "/account", "/account/my-data.json",
            "/admin/", "/admin/mail/mail"}) {
            assertEquals("no-store", headers(uri, "a@b.org").get("Cache-Control"), uri);
            assertEquals("no-store", headers(uri, null).get("Cache-Control"), uri + " (the sign-in redirect too)");
        }
        assertEquals("no-store", headers("/tool", "a@b.org").get("Cache-Control"), "the dashboard at /tool");
        assertEquals("no-store", headers("/about", "a@b.org").get("Cache-Control"), "any page for a signed-in user");
        assertNull(headers("/jakarta.faces.resource/portal.css", "a@b.org").get("Cache-Control"), "CSS stays cached");
        assertNull(headers("/media/3/photo.jpg", "a@b.org").get("Cache-Control"));
    }

    @Test
    void theBackOfficeAndItsErrorPagesGetThePolicyPrimeFacesNeeds() throws Exception {
        assertEquals(SecurityHeadersFilter.BACK_OFFICE, headers("/admin/accounts", "admin@localhost").get("Content-Security-Policy"));
        assertEquals(SecurityHeadersFilter.BACK_OFFICE, headers("/admin", "admin@localhost").get("Content-Security-Policy"));
        assertEquals(SecurityHeadersFilter.PAGES, headers("/administration-guide", null).get("Content-Security-Policy"));
        Map<String, String> error = headers("/WEB-INF/errorpages/403.xhtml", "a@b.org", "http://localhost:8080", DispatcherType.ERROR, "/admin/mail");
        assertEquals(SecurityHeadersFilter.BACK_OFFICE, error.get("Content-Security-Policy"), "the error page of an /admin URL");
        assertTrue(SecurityHeadersFilter.BACK_OFFICE.contains("frame-ancestors 'none'"));
    }

    @Test
    void hstsOnlyOverHttps() throws Exception {
        assertEquals(SecurityHeadersFilter.HSTS, headers("/", null, "https://resilientafrica.org", DispatcherType.REQUEST, null)
                .get("Strict-Transport-Security"));
    }
}
