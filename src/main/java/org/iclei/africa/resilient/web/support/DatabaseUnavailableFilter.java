package org.iclei.africa.resilient.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * While the database is away (stopped, restarting), answers 503 with the "back soon" page
 * ({@code WEB-INF/errorpages/unavailable.xhtml}, mapped to 503 in web.xml) and a {@code Retry-After}, instead of
 * the 500 page: a request that failed because no connection could be had or the one it had was closed. Every other
 * error goes on to the 500 page. Declared first in web.xml, so that it also covers the filters that read the
 * database (the session guard). The pool drops broken connections by itself (see {@code config.DataSourceConfig}).
 */
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER = "10";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || !ConnectionFailures.isConnectionFailure(failure)) {
                throw failure;
            }
            LOG.log(Level.WARNING, "Database unavailable: answered 503 to {0} ({1})", new Object[] {request.getRequestURI(), failure.toString()});
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER);
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
