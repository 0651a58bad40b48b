package org.iclei.africa.resilient.web.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iclei.africa.resilient.shared.Languages;

/**
 * The language switch: {@code /language?to=fr&next=/pioneers} keeps the choice in a cookie for a year
 * and sends the visitor back to the page they were on. A plain link, so it works without JavaScript.
 */
@WebServlet(LanguageServlet.PATH)
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/language";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter("to");
        if (Languages.isSupported(language)) {
            Cookie cookie = new Cookie(Languages.COOKIE, language);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        String next = Languages.safeLocalPath(request.getParameter("next"));
        if (!next.startsWith(request.getContextPath() + "/")) {
            next = request.getContextPath() + "/";
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", next);
    }
}
