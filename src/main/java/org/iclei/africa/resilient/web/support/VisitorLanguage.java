package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.iclei.africa.resilient.shared.Languages;

/** The language of the current request, for {@code <f:view locale>}, {@code <html lang>} and the language switch. */
@Named("language")
@RequestScoped
public class VisitorLanguage {

    @Inject
    HttpServletRequest request;

    private String code;

    public String getCode() {
        if (code == null) {
            code = Languages.choose(cookieValue(), request.getHeader("Accept-Language"));
        }
        return code;
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
        Cookie[] cookies = request.getCookies();
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
