package org.iclei.africa.resilient.web.tool;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.EvidenceService;
import org.iclei.africa.resilient.tool.domain.EvidenceFile;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.web.content.ResourceLinks;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The files attached to the rows of the step pages (WEB-INF/includes/evidence.xhtml, for worksheet rows, risks, options
 * and actions alike): each row's list, the upload form of the row opened with {@code ?edit=<id>} (a plain multipart
 * form, no JavaScript) and the deletion of a file. A refused file is named in the member's language; nothing saved is
 * lost. Downloads are served by {@link EvidenceServlet}.
 */
@Named("evidence")
@RequestScoped
public class EvidenceBacking extends ToolPage {

    @Inject
    EvidenceService service;

    @Inject
    @Param(name = "evidenceKind")
    String postedKind;

    @Inject
    @Param(name = "evidenceRowId")
    Long postedRowId;

    @Inject
    @Param(name = "evidenceId")
    Long postedId;

    @Inject
    @Param(name = "evidenceVersion")
    Long postedVersion;

    private Part file;
    private Map<String, List<EvidenceFile>> byRow;

    @Override
    String path() {
        return viewPath();
    }

    /** The files of a row, the oldest first. */
    public List<EvidenceFile> files(String kind, Long rowId) {
        if (byRow == null) {
            byRow = new HashMap<>();
            try {
                service.byRow(email()).forEach(row -> byRow.put(row.kind() + ":" + row.rowId(), row.files()));
            } catch (BusinessException e) {
                // the page itself says why the member reads nothing (no workspace, awaiting approval)
            }
        }
        return byRow.getOrDefault(kind + ":" + rowId, List.of());
    }

    /**
     * Whether the upload form of a row is shown: the row opened with {@code ?edit=<id>}, or the row whose upload is
     * posted (the form must be part of the page again for Faces to run its button, and shows a refusal).
     */
    public boolean isOpen(Long rowId) {
        if (rowId == null) {
            return false;
        }
        if (Faces.isPostback()) {
            return rowId.equals(postedRowId);
        }
        String edit = Faces.getRequestParameter("edit");
        return edit != null && edit.equals(String.valueOf(rowId));
    }

    /** Attaches the posted file to the posted row. */
    public void upload() {
        Optional<EvidenceKind> kind = kind();
        actOn(kind.isPresent() ? postedRowId : null, () -> {
            try (InputStream content = file == null ? null : file.getInputStream()) {
                service.attach(email(), kind.get(), postedRowId, file == null ? null : file.getSubmittedFileName(),
                        file == null ? 0 : file.getSize(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "evidence.attached");
    }

    public void delete() {
        actOn(postedVersion == null ? null : postedId, () -> service.delete(email(), postedId, postedVersion), "evidence.deleted");
    }

    private Optional<EvidenceKind> kind() {
        try {
            return Optional.ofNullable(postedKind).map(EvidenceKind::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A file's size as the member reads it: 850 B, 12.4 KB, 3.1 MB. */
    public String size(EvidenceFile evidence) {
        return ResourceLinks.size(evidence.size(), NumberFormat.getNumberInstance(language.getLocale()));
    }

    /** The address of a file's download. */
    public String link(EvidenceFile evidence) {
        return Faces.getRequestContextPath() + EvidenceServlet.PATH + evidence.id() + "/" + evidence.name();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
