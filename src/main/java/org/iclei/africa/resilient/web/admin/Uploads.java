package org.iclei.africa.resilient.web.admin;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.iclei.africa.resilient.admin.application.Upload;

/**
 * A file chosen in a back-office form ({@code h:inputFile}, whose name is passed on exactly as the browser sent it
 * so that the services' upload check, not the component, refuses a {@code ../} name with the portal's message).
 */
public final class Uploads {

    private Uploads() {
    }

    /** The chosen file, or null when none was chosen. */
    public static Upload of(Part part) {
        if (part == null || part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty()) {
            return null;
        }
        try {
            return new Upload(part.getSubmittedFileName(), part.getSize(), part.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
