package org.iclei.africa.resilient.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iclei.africa.resilient.config.PortalMetrics;

/** Counts every request and every server error (a 5xx answer, or an exception out of the chain) for {@link PortalMetrics}. First in web.xml. */
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        metrics.request();
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            metrics.error();
            throw e;
        }
        if (response.getStatus() >= 500) {
            metrics.error();
        }
    }
}
