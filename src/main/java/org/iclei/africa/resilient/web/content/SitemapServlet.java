package org.iclei.africa.resilient.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.iclei.africa.resilient.config.PortalSettings;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.application.PioneerService;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.web.support.Navigation;

/**
 * {@code /sitemap.xml}: the public pages, every pioneer city and every library resource's page, with absolute URLs from PORTAL_BASE_URL;
 * {@code /robots.txt}: keeps crawlers out of the member and back-office areas and points to the sitemap.
 */
@WebServlet({"/sitemap.xml", "/robots.txt"})
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PioneerService pioneers;

    @Inject
    transient LibraryService library;

    @Inject
    transient Navigation navigation;

    @Inject
    transient PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/robots.txt")) {
            robots(response);
            return;
        }
        List<String> paths = new ArrayList<>();
        navigation.getItems().forEach(item -> paths.add(item.path()));
        for (PioneerCity city : pioneers.all()) {
            paths.add("/pioneers/" + city.getSlug());
        }
        for (LibraryResource resource : library.all()) {
            paths.add("/library/resource/" + resource.getId());
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : paths) {
            out.println("  <url><loc>" + settings.baseUrl() + path + "</loc></url>");
        }
        out.println("</urlset>");
    }

    private void robots(HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        PrintWriter out = response.getWriter();
        out.println("User-agent: *");
        for (String path : List.of("/tool/", "/admin/", "/account", "/language", "/library/download/")) {
            out.println("Disallow: " + path);
        }
        out.println("Sitemap: " + settings.baseUrl() + "/sitemap.xml");
    }
}
