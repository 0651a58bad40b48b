package org.iclei.africa.resilient.web.tool;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** /tool/workspaces, the administrators' list of workspaces before the back office: now at /admin/workspaces (bookmarks keep working). */
@WebServlet("/tool/workspaces")
public class WorkspacesRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + "/admin/workspaces");
    }
}
