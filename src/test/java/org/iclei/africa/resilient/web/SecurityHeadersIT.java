package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * The security headers on every kind of response of the shared portal (public page, 404, sign-in, member page,
 * PDF, CSV, back office, library download, media, error page), no-store on private pages only, and — on a
 * portal of its own whose {@code PORTAL_BASE_URL} is https — a {@code Secure} session cookie and HSTS.
 */
@RequiresDatabase
class SecurityHeadersIT {

    private final PortalServer portal = PortalServer.get();

    private static void assertSecurityHeaders(String what, HttpHeaders headers, boolean backOffice) {
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), what + ": " + csp);
        if (backOffice) {
            assertTrue(csp.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'"), what + ": PrimeFaces' scripts run: " + csp);
        } else {
            assertTrue(csp.contains("script-src 'self';") && csp.contains("style-src 'self';"), what + ": no inline script or style: " + csp);
            assertFalse(csp.contains("unsafe"), what + ": " + csp);
        }
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), what);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
        assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), what + ": no HSTS over plain http");
    }

    private static boolean noStore(HttpHeaders headers) {
        return headers.allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store"));
    }

    private static String firstMatch(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertTrue(m.find(), regex + " in the page");
        return m.group(1);
    }

    @Test
    void publicPagesErrorPagesAndDownloadsCarryTheHeadersAndPublicPagesStayCacheable() {
        HttpResponse<String> home = Http.get(portal.url("/"));
        assertEquals(200, home.statusCode());
        assertSecurityHeaders("home page", home.headers(), false);
        assertFalse(noStore(home.headers()), "a public page may be cached: " + home.headers().allValues("Cache-Control"));

        HttpResponse<String> missing = Http.get(portal.url("/no-such-page-" + System.nanoTime()));
        assertEquals(404, missing.statusCode());
        assertSecurityHeaders("404 page", missing.headers(), false);
        HttpResponse<String> login = Http.get(portal.url("/login"));
        assertEquals(200, login.statusCode());
        assertSecurityHeaders("/login", login.headers(), false);

        String library = Http.get(portal.url("/library")).body();
        String download = firstMatch(library, "href=\"(/library/download/[^\"]+)\"");
        HttpResponse<byte[]> file = Http.getBytes(portal.url(download.replace("&amp;", "&")));
        assertEquals(200, file.statusCode(), download);
        assertSecurityHeaders(download, file.headers(), false);
        HttpResponse<String> noImage = Http.get(portal.url("/media/999999999/x.png"));
        assertEquals(404, noImage.statusCode());
        assertSecurityHeaders("/media 404", noImage.headers(), false);
        HttpResponse<String> sitemap = Http.get(portal.url("/sitemap.xml"));
        assertEquals(200, sitemap.statusCode());
        assertSecurityHeaders("/sitemap.xml", sitemap.headers(), false);
        Matcher media = Pattern.compile("src=\"(/media/[^\"]+)\"").matcher(Http.get(portal.url("/pioneers")).body());
        if (media.find()) { // a photo uploaded in the back office (AdminPioneersIT)
            HttpResponse<byte[]> image = Http.getBytes(portal.url(media.group(1)));
            assertEquals("nosniff", image.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("default-src 'none'; sandbox", image.headers().firstValue("Content-Security-Policy").orElse(""),
                    "the media servlet's stricter policy wins");
        }
    }

    @Test
    void memberPagesAndPerUserDownloadsAreNeverStored() {
        String member = ToolClient.member("Headers Town " + System.nanoTime());
        for (String path : new String[] {"/tool/steps/getting-started", "/tool/report.pdf", "/tool/export/risks.csv", "/account", "/tool"}) {
            HttpResponse<byte[]> response = Http.getBytes(portal.url(path), "Cookie", member);
            assertEquals(200, response.statusCode(), path);
            assertSecurityHeaders(path, response.headers(), false);
            assertTrue(noStore(response.headers()), path + ": " + response.headers().allValues("Cache-Control"));
        }
        HttpResponse<String> backOffice = Http.get(portal.url("/admin/"), "Cookie", member);
        assertEquals(403, backOffice.statusCode(), "a member is refused the back office");
        assertSecurityHeaders("403 error page of /admin", backOffice.headers(), true);

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("profile", "profile");
        forged.put("jakarta.faces.ViewState", "-123:forged");
        HttpResponse<String> error = Http.postForm(portal.url("/account"), forged, "Cookie", member);
        assertTrue(error.statusCode() >= 400, "the error page: " + error.statusCode());
        assertSecurityHeaders("error page", error.headers(), false);
        assertTrue(noStore(error.headers()));
    }

    @Test
    void theBackOfficeHasItsOwnPolicyAndIsNeverStored() {
        String admin = ToolClient.signIn("admin@localhost", ToolClient.loggedPassword("admin@localhost"));
        for (String path : new String[] {"/admin/", "/admin/mail", "/admin/accounts"}) {
            HttpResponse<String> response = Http.get(portal.url(path), "Cookie", admin);
            assertEquals(200, response.statusCode(), path);
            assertSecurityHeaders(path, response.headers(), true);
            assertTrue(noStore(response.headers()), path);
        }
    }

    @Test
    void theSessionCookieIsSecureAndHstsIsSentOnlyWhenTheBaseUrlIsHttps() {
        HttpResponse<String> plain = ToolClient.signInResponse(portal, "admin@localhost", ToolClient.loggedPassword("admin@localhost"));
        String plainCookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertFalse(plainCookie.toLowerCase().contains("secure"), "over http the cookie cannot be Secure: " + plainCookie);

        PortalServer tls = PortalServer.separate("it-portal-https", 18617, "-Dportal.base.url=https://portal.example.org", "-Dportal.demo=false");
        try {
            HttpResponse<String> signedIn = ToolClient.signInResponse(tls, "admin@localhost", ToolClient.loggedPassword(tls, "admin@localhost"));
            assertEquals(302, signedIn.statusCode(), signedIn.body());
            String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
            assertTrue(cookie.contains("; Secure") || cookie.contains(";Secure"), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
            HttpResponse<String> home = Http.get(tls.url("/"));
            assertEquals("max-age=31536000", home.headers().firstValue("Strict-Transport-Security").orElse(""));
        } finally {
            tls.close();
        }
    }
}
