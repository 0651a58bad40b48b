package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.iclei.africa.resilient.shared.Languages;

/**
 * The language of the current request, for {@code <f:view locale>}, {@code <html lang>}, the language switch and
 * the CSV files: the language of the session ({@link #SESSION_ATTRIBUTE}: the account's language from sign-in, or the
 * switch used since) wins, then the {@code lang} cookie, then the browser's {@code Accept-Language}.
 */
@Named("language")
@RequestScoped
public class VisitorLanguage {

    /** Session attribute: the language chosen for this session (the account's at sign-in, then the switch's). */
    public static final String SESSION_ATTRIBUTE = "portal.language";

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    HttpServletRequest request;

    private String code;

    public String getCode() {
        if (code == null) {
            HttpSession session = request.getSession(false);
            Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
            code = chosen != null && Languages.isSupported(chosen.toString())
                    ? chosen.toString() : Languages.choose(cookieValue(), request.getHeader("Accept-Language"));
        }
        return code;
    }

    /** Switches this request (and, through {@link #remember}, the session and the cookie) to the given language. */
    public void use(String language, HttpServletResponse response) {
        if (Languages.isSupported(language)) {
            remember(request, response, language);
            code = language;
        }
    }

    /**
     * Keeps the language for the session (when there is one: a visitor without a session does not get one for this)
     * and, for a year, in the {@code lang} cookie, so the next visit before signing in starts in it too.
     */
    public static void remember(HttpServletRequest request, HttpServletResponse response, String language) {
        if (!Languages.isSupported(language)) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, language);
        }
        Cookie cookie = new Cookie(Languages.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public boolean isCurrent(String language) {
        return getCode().equals(language);
    }

    /** The link that switches to the given language and comes back to this page. */
    public String switchUrl(String language) {
        return request.getContextPath() + LanguageServlet.PATH + "?to=" + language
                + "&next=" + URLEncoder.encode(currentPath(), StandardCharsets.UTF_8);
    }

    /** The path the visitor asked for, as seen in the address bar (before any internal forward). */
    String currentPath() {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri != null) {
            return request.getContextPath() + "/";
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? (forwardedQuery == null ? null : forwardedQuery.toString()) : request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    private String cookieValue() {
        return cookieValue(request.getCookies());
    }

    /** The value of the first {@code lang} cookie (the one the page is rendered in), or null. */
    static String cookieValue(Cookie[] cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (Languages.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
