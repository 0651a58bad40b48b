package org.iclei.africa.resilient.web.tool;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /tool is two pages in one: visitors read the public explanation of the tool; a signed-in member gets
 * the workspace dashboard at the same address (a forward, so the URL stays /tool); /tool?about shows
 * them the explanation too.
 */
@WebFilter(urlPatterns = {"/tool", "/tool.xhtml"}, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ToolHomeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String DASHBOARD = "/WEB-INF/views/dashboard.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getUserPrincipal() != null && "GET".equals(request.getMethod()) && request.getParameter("about") == null) {
            response.setHeader("Cache-Control", "no-store");
            // OmniFaces' extensionless wrapper would keep naming the view /tool.xhtml inside the forward
            ServletRequest plain = request;
            while (plain instanceof ServletRequestWrapper wrapper && wrapper.getClass().getName().startsWith("org.omnifaces.facesviews")) {
                plain = wrapper.getRequest();
            }
            plain.getRequestDispatcher(DASHBOARD).forward(plain, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
