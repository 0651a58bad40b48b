package org.iclei.africa.resilient.web.tool;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iclei.africa.resilient.tool.application.EvidenceService;
import org.iclei.africa.resilient.tool.domain.Evidence;

/**
 * A file attached to a row of the plan, at /tool/evidence/&lt;id&gt;/&lt;name&gt;, for the members of its workspace (any
 * role, as the CSV exports); always as an attachment, with its stored type and no sniffing. Anyone else — another
 * workspace's member, an unknown id or name — gets 404, so that ids reveal nothing.
 * The bytes are a {@code byte[]} field of the entity (JPA has no portable streaming read of a column into a response,
 * and EclipseLink reads {@code bytea}/{@code BLOB} into the array whole), so one download holds one file in memory: bounded
 * by the upload limit of what it sends (10 MB a file, {@code UploadCheck.TEN_MB}; the workspace's evidence quota bounds the total), checked when the file was stored.
 */
@WebServlet(EvidenceServlet.PATH + "*")
public class EvidenceServlet extends HttpServlet {

    static final String PATH = "/tool/evidence/";

    private static final long serialVersionUID = 1L;
    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})/([A-Za-z0-9._-]{1,120})");

    @Inject
    transient EvidenceService evidence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Evidence> found = Optional.empty();
        if (path.matches() && request.getUserPrincipal() != null) {
            found = evidence.download(request.getUserPrincipal().getName(), Long.parseLong(path.group(1)))
                    .filter(e -> e.getFileName().equals(path.group(2)));
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = found.get().getContent();
        response.setContentType(found.get().getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + found.get().getFileName() + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
