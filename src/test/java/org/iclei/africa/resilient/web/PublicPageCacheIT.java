package org.iclei.africa.resilient.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.iclei.africa.resilient.support.Http;
import org.iclei.africa.resilient.support.PortalServer;
import org.iclei.africa.resilient.support.RequiresDatabase;
import org.iclei.africa.resilient.support.ToolClient;
import org.junit.jupiter.api.Test;

/**
 * Public pages kept rendered in memory (issue 14), over HTTP: the second visitor gets the same page with the same
 * security headers, compressed, and a browser that has it gets a 304; each language has its own page; signed-in
 * members never get the anonymous page and their pages are never kept. (A back-office change showing at once on the
 * public pages: {@code AdminContentIT}, {@code AdminPioneersIT}.)
 */
@RequiresDatabase
class PublicPageCacheIT {

    private final PortalServer portal = PortalServer.get();

    @Test
    void theNextVisitorGetsTheSamePageWithItsHeadersCompressedOrA304() throws IOException {
        HttpResponse<String> first = Http.get(portal.url("/about"), "Cookie", "lang=en");
        HttpResponse<String> second = Http.get(portal.url("/about"), "Cookie", "lang=en");
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body());
        String etag = second.headers().firstValue("ETag").orElse("");
        assertFalse(etag.isEmpty(), "an entity tag: " + second.headers().map());
        assertEquals(etag, first.headers().firstValue("ETag").orElse(""));
        assertTrue(second.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", second.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(second.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");

        HttpResponse<String> unchanged = Http.get(portal.url("/about"), "Cookie", "lang=en", "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());
        assertEquals(etag, unchanged.headers().firstValue("ETag").orElse(""));
        assertTrue(unchanged.headers().firstValue("Content-Security-Policy").isPresent(), "a 304 carries the headers too");
        assertEquals(200, Http.get(portal.url("/about"), "Cookie", "lang=en", "If-None-Match", "\"other\"").statusCode());

        HttpResponse<byte[]> zipped = Http.getBytes(portal.url("/about"), "Cookie", "lang=en", "Accept-Encoding", "gzip");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        String zippedTag = zipped.headers().firstValue("ETag").orElse("");
        assertTrue(zippedTag.endsWith("-gz\"") && !zippedTag.equals(etag), "each representation has its own tag: " + zippedTag);
        assertEquals(304, Http.getBytes(portal.url("/about"), "Cookie", "lang=en", "Accept-Encoding", "gzip", "If-None-Match", zippedTag)
                .statusCode());
        assertTrue(zipped.body().length < second.body().getBytes(StandardCharsets.UTF_8).length / 2, "compressed");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(second.body().getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    private static boolean htmlLang(String page, String language) {
        return Pattern.compile("<html[^>]*\\slang=\"" + language + "\"").matcher(page).find();
    }

    @Test
    void eachLanguageHasItsOwnPage() {
        HttpResponse<String> english = Http.get(portal.url("/"), "Accept-Language", "en");
        HttpResponse<String> french = Http.get(portal.url("/"), "Accept-Language", "fr-FR,fr;q=0.9");
        HttpResponse<String> portuguese = Http.get(portal.url("/"), "Cookie", "lang=pt", "Accept-Language", "fr");
        assertTrue(htmlLang(english.body(), "en"), english.body());
        assertTrue(htmlLang(french.body(), "fr"));
        assertTrue(htmlLang(portuguese.body(), "pt"), "the cookie wins");
        assertTrue(htmlLang(Http.get(portal.url("/"), "Accept-Language", "fr-FR,fr;q=0.9").body(), "fr"), "the kept French page");
        assertNotEquals(english.headers().firstValue("ETag"), french.headers().firstValue("ETag"));
        // two language cookies render in the first: the page is kept as French, never as the English one
        assertTrue(htmlLang(Http.get(portal.url("/about"), "Cookie", "lang=fr; lang=en").body(), "fr"));
        assertTrue(htmlLang(Http.get(portal.url("/about"), "Cookie", "lang=en").body(), "en"), "the English page stays English");
    }

    @Test
    void signedInMembersNeverGetTheVisitorsPageAndTheirsIsNotKept() {
        Http.get(portal.url("/"), "Cookie", "lang=en");
        String visitors = Http.get(portal.url("/"), "Cookie", "lang=en").body();
        assertTrue(visitors.contains("id=\"home-register\""), "a visitor is asked to register");
        String municipality = "Cache Town " + System.nanoTime();
        String session = ToolClient.member(municipality);
        HttpResponse<String> members = ToolClient.get(session, "/");
        assertEquals(200, members.statusCode());
        assertFalse(members.body().contains("id=\"home-register\""), "a member is not asked to register");
        assertTrue(members.headers().firstValue("ETag").isEmpty(), "a member's page is rendered for the member");
        String after = Http.get(portal.url("/"), "Cookie", "lang=en").body();
        assertTrue(after.contains("id=\"home-register\""));
        assertFalse(after.contains(municipality), "nothing of the member's page reaches a visitor");
    }
}
