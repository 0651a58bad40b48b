package org.iclei.africa.resilient.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.PioneerCity;

/**
 * {@code /pioneers/<slug>}: finds the city and shows it with the view {@code /WEB-INF/views/pioneer.xhtml}
 * (not reachable by its own URL); an unknown slug gets the 404 page.
 */
@WebServlet("/pioneers/*")
public class PioneerPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute that carries the city to {@link PioneerBacking}. */
    static final String CITY = PioneerPageServlet.class.getName() + ".city";
    static final String VIEW = "/WEB-INF/views/pioneer.xhtml";

    @Inject
    transient PioneerService pioneers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/pioneers");
            return;
        }
        Optional<PioneerCity> city = pioneers.bySlug(path.substring(1));
        if (city.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(CITY, city.get());
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
