package org.iclei.africa.resilient.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.iclei.africa.resilient.content.application.MediaService;
import org.iclei.africa.resilient.content.application.MediaService.Image;

/**
 * {@code /media/<id>/<name>}: an image uploaded in the back office (a pioneer's photo, a supporter's logo), with the
 * media type found from its content when it was uploaded, shown inline and never sniffed as anything else. An
 * image never changes under its id (a new upload gets a new one), so browsers and proxies may keep it a year.
 * Unknown ids get 404.
 * The bytes are a {@code byte[]} field of the entity (JPA has no portable streaming read of a column into a response,
 * and EclipseLink reads {@code bytea}/{@code BLOB} into the array whole), so one download holds one file in memory: bounded
 * by the upload limit of what it sends ({@code UploadCheck.MAX_BYTES} for images), checked when the file was stored.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String CACHE = "public, max-age=31536000, immutable";

    @Inject
    transient MediaService media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Image> image = DownloadServlet.resourceId(request.getPathInfo()).flatMap(media::image);
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Image file = image.get();
        response.setCharacterEncoding(null); // an image has no charset (the portal's default response encoding is UTF-8)
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", inline(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", CACHE);
        response.getOutputStream().write(file.content());
    }

    /** {@code inline} with the same safe file names as a download's attachment header. */
    static String inline(String fileName) {
        return DownloadServlet.contentDisposition(fileName).replaceFirst("^attachment", "inline");
    }
}
