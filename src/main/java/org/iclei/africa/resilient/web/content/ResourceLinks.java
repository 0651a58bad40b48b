package org.iclei.africa.resilient.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/** {@code #{resourceLinks}}: download addresses and readable file sizes for library resources, wherever they are listed. */
@Named
@RequestScoped
public class ResourceLinks {

    @Inject
    HttpServletRequest request;

    @Inject
    VisitorLanguage language;

    /** {@code /library/download/<id>/<file name>}. */
    public String download(LibraryResource resource) {
        return request.getContextPath() + "/library/download/" + resource.getId() + "/"
                + URLEncoder.encode(resource.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code /library/resource/<id>}: the resource's own page. */
    public String page(LibraryResource resource) {
        return request.getContextPath() + "/library/resource/" + resource.getId();
    }

    /** A file size as people read it, in the visitor's number format: 850 B, 12.4 KB, 3.1 MB. */
    public String size(LibraryResource resource) {
        return size(resource.getFileSize() == null ? 0 : resource.getFileSize(), NumberFormat.getNumberInstance(language.getLocale()));
    }

    /** A size in bytes as people read it in {@code format}'s language (also used for the files attached to the plan). */
    public static String size(long bytes, NumberFormat format) {
        format.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return format.format(bytes / 1024.0) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
