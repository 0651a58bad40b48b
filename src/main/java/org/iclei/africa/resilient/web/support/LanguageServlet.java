package org.iclei.africa.resilient.web.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iclei.africa.resilient.shared.Languages;

/**
 * The language switch: {@code /language?to=fr&next=/pioneers} keeps the choice in a cookie for a year (and for the
 * session, over the account's language, when signed in)
 * and sends the visitor back to the page they were on. A plain link, so it works without JavaScript.
 */
@WebServlet(LanguageServlet.PATH)
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/language";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter("to");
        VisitorLanguage.remember(request, response, language);
        String next = Languages.safeLocalPath(request.getParameter("next"));
        if (!next.startsWith(request.getContextPath() + "/")) {
            next = request.getContextPath() + "/";
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", next);
    }
}
