package org.iclei.africa.resilient.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.iclei.africa.resilient.content.application.LibraryService;
import org.iclei.africa.resilient.content.application.LibraryService.Download;

/**
 * {@code /library/download/<id>/<name>}: sends a resource's file with its content type, as an attachment
 * with a safe file name, and counts the download. Unknown ids and link resources get 404.
 * The bytes are a {@code byte[]} field of the entity (JPA has no portable streaming read of a column into a response,
 * and EclipseLink reads {@code bytea}/{@code BLOB} into the array whole), so one download holds one file in memory: bounded
 * by the upload limit of what it sends ({@code UploadCheck.MAX_BYTES} for library files), checked when the file was stored.
 */
@WebServlet("/library/download/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LibraryService library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Download> download = resourceId(request.getPathInfo()).flatMap(library::download);
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download file = download.get();
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-cache");
        response.getOutputStream().write(file.content());
    }

    static Optional<Long> resourceId(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String[] parts = pathInfo.split("/");
        if (parts.length < 2 || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[1]));
    }

    /**
     * An attachment header that every browser reads safely: an ASCII-only {@code filename} without quotes,
     * slashes or control characters, and the exact name as RFC 5987 {@code filename*}.
     */
    static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (ascii.isEmpty() || ascii.chars().allMatch(c -> c == '.')) {
            ascii = "download";
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
