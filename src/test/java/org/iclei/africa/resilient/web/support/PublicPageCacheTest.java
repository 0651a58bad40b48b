package org.iclei.africa.resilient.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

    private static HttpServletRequest request(String uri, String query, Cookie cookie, String acceptLanguage) {
        return request(uri, query, cookie == null ? null : new Cookie[] {new Cookie("other", "x"), cookie}, acceptLanguage);
    }

    private static HttpServletRequest request(String uri, String query, Cookie[] cookies, String acceptLanguage) {
        return (HttpServletRequest) Proxy.newProxyInstance(PublicPageCacheTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getCookies" -> cookies;
                    case "getHeader" -> Map.of("Accept-Language", acceptLanguage == null ? "" : acceptLanguage).get(args[0]);
                    default -> null;
                });
    }

    @Test
    void aPageIsKeptPerLanguageAsTheVisitorWouldReadItAndPerAddress() {
        assertEquals("fr /about", PublicPageCache.key(request("/about", null, new Cookie("lang", "fr"), "pt-PT,pt;q=0.9")),
                "the language cookie wins over the browser's languages");
        assertEquals("pt /about", PublicPageCache.key(request("/about", null, (Cookie) null, "pt-BR,pt;q=0.9,en;q=0.8")));
        assertEquals("en /library?type=GUIDE", PublicPageCache.key(request("/library", "type=GUIDE", (Cookie) null, null)));
        assertEquals("en /", PublicPageCache.key(request("/", null, new Cookie("lang", "xx"), "de")), "unknown languages read English");
        assertEquals("fr /", PublicPageCache.key(request("/", null, new Cookie[] {new Cookie("lang", "fr"), new Cookie("lang", "en")}, "en")),
                "two language cookies: the first, which the page is rendered in (a visitor cannot store French as the English page)");
    }

    @Test
    void compressionFollowsTheBrowsersAcceptEncoding() {
        assertTrue(CachedPage.acceptsGzip("gzip, deflate, br"));
        assertTrue(CachedPage.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(CachedPage.acceptsGzip("*"));
        assertFalse(CachedPage.acceptsGzip("gzip;q=0"));
        assertFalse(CachedPage.acceptsGzip("identity"));
        assertFalse(CachedPage.acceptsGzip(null));
    }
}
