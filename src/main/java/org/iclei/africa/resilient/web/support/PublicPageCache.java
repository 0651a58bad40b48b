package org.iclei.africa.resilient.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.iclei.africa.resilient.config.PortalSettings;
import org.iclei.africa.resilient.shared.ContentRevision;
import org.iclei.africa.resilient.shared.Languages;

/**
 * Keeps rendered public pages in memory: a public page is the same for every visitor who is not signed in and reads
 * it in the same language, so it is rendered once per language and address and then sent from memory, already
 * compressed, with an {@code ETag} that a browser's next visit gets a 304 for. Only anonymous requests (no session,
 * no user) for pages of the public area are kept, and only HTML answers with status 200 that set no cookie. The
 * pages go when public content changes ({@link ContentRevision}: every back-office change, read at most once a second,
 * so on every node of a cluster) and after {@link #MAX_AGE_MILLIS} in any case; at most {@link #MAX_PAGES} pages and
 * {@link #MAX_TOTAL_BYTES} are kept. Once the revision cannot be read (the database is away) nothing is sent from
 * memory (until then, for at most a second). {@code PORTAL_PAGE_CACHE=false} turns it off.
 */
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Pages kept at most; beyond that (or {@link #MAX_TOTAL_BYTES}) all are dropped and kept anew (endless search addresses). */
    static final int MAX_PAGES = 500;
    static final int MAX_BYTES = 512 * 1024;
    static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;
    static final long MAX_AGE_MILLIS = 10 * 60 * 1000L;
    private static final int MAX_QUERY = 256;
    /** The member, account and back-office areas, forms that sign in or register, files and endpoints. */
    private static final List<String> NOT_PAGES = List.of("/tool/", "/account", "/admin", "/login", "/logout", "/register",
            "/health", "/metrics", "/jakarta.faces.resource", "/media/", "/library/download/", "/language", "/export");

    @Inject
    transient ContentRevision revision;

    @Inject
    transient PortalSettings settings;

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    /** About the bytes kept (pages and their compressed copies): the budget is {@link #MAX_TOTAL_BYTES}. */
    private final AtomicLong keptBytes = new AtomicLong();
    private volatile long pagesRevision = -1;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!candidate(request)) {
            chain.doFilter(request, response);
            return;
        }
        OptionalLong current = revision.current();
        if (current.isEmpty()) {
            pages.clear();
            chain.doFilter(request, response);
            return;
        }
        long now = System.currentTimeMillis();
        String key = key(request);
        if (current.getAsLong() != pagesRevision) {
            pages.clear();
            keptBytes.set(0);
            pagesRevision = current.getAsLong();
        }
        CachedPage kept = pages.get(key);
        if (kept != null && kept.revision() == current.getAsLong() && now - kept.createdAt() < MAX_AGE_MILLIS) {
            kept.send(request, response, true);
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(new WithoutCompression(request), capture);
        if (capture.passedOn()) {
            return;
        }
        byte[] body = capture.body();
        CachedPage page = CachedPage.of(response, body, current.getAsLong(), now);
        if (keep(request, response, body) && revision.current().equals(current)) {
            if (pages.size() >= MAX_PAGES || keptBytes.addAndGet(page.size()) > MAX_TOTAL_BYTES) {
                pages.clear(); // rare: the kept pages are few (pages × 3 languages); endless addresses start again
                keptBytes.set(page.size());
            }
            pages.put(key, page);
        }
        page.send(request, response, false);
    }

    /** A GET of a page of the public area by a visitor who is not signed in. */
    private boolean candidate(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !settings.pageCache() || request.getUserPrincipal() != null
                || request.getSession(false) != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        if (path.isEmpty() || query != null && query.length() > MAX_QUERY || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return false;
        }
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    /** Whether the answer may be sent to the next anonymous visitor of the same page in the same language. */
    private static boolean keep(HttpServletRequest request, HttpServletResponse response, byte[] body) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && !response.containsHeader("Set-Cookie") && body.length <= MAX_BYTES && request.getSession(false) == null
                && !noStore(response);
    }

    private static boolean noStore(HttpServletResponse response) {
        return response.getHeaders("Cache-Control").stream().anyMatch(v -> v.contains("no-store") || v.contains("private"));
    }

    /** The language a visitor without a session reads in (as {@link VisitorLanguage} chooses it), and the address. */
    static String key(HttpServletRequest request) {
        String language = Languages.choose(VisitorLanguage.cookieValue(request.getCookies()), request.getHeader("Accept-Language"));
        String query = request.getQueryString();
        return language + ' ' + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** The request as the compression filter sees it on the way in: the page is kept uncompressed, compressed here. */
    private static final class WithoutCompression extends HttpServletRequestWrapper {

        WithoutCompression(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return isAcceptEncoding(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isAcceptEncoding(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        private static boolean isAcceptEncoding(String name) {
            return "accept-encoding".equals(name.toLowerCase(Locale.ROOT));
        }
    }
}
