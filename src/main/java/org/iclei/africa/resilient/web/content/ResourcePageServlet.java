package org.iclei.africa.resilient.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.domain.LibraryResource;

/**
 * {@code /library/resource/<id>}: finds the resource and shows it with the view {@code /WEB-INF/views/resource.xhtml}
 * (not reachable by its own URL); an unknown or malformed id gets the 404 page.
 */
@WebServlet("/library/resource/*")
public class ResourcePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute that carries the resource to {@link ResourceBacking}. */
    static final String RESOURCE = ResourcePageServlet.class.getName() + ".resource";
    static final String VIEW = "/WEB-INF/views/resource.xhtml";

    @Inject
    transient LibraryService library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/library");
            return;
        }
        Optional<LibraryResource> resource = resourceId(path).flatMap(library::resource);
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(RESOURCE, resource.get());
        request.getRequestDispatcher(VIEW).forward(request, response);
    }

    /** The id of {@code /<id>}; anything else (letters, another segment, too many digits) is no id. */
    static Optional<Long> resourceId(String pathInfo) {
        return pathInfo != null && pathInfo.matches("/\\d{1,18}") ? Optional.of(Long.parseLong(pathInfo.substring(1))) : Optional.empty();
    }
}
