package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.iclei.africa.resilient.shared.BaseEntity;
import org.iclei.africa.resilient.shared.upload.FileKind;

/**
 * A file a member attached to a row of the workspace's plan (a worksheet row, risk, option or action): its checked
 * name, type and size, its bytes, who attached it and when. Lists read {@link EvidenceFile}s, without the bytes.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(name = "Evidence.listByWorkspace", query = "select new org.iclei.africa.resilient.tool.domain.EvidenceFile(e.id, e.version, e.rowKind, "
        + "e.rowId, e.fileName, e.contentType, e.fileSize, e.uploadedBy, e.uploadedAt) from Evidence e where e.workspace = :workspace "
        + "order by e.uploadedAt, e.id")
@NamedQuery(name = "Evidence.deleteByRow",
        query = "delete from Evidence e where e.workspace = :workspace and e.rowKind = :kind and e.rowId = :rowId")
@NamedQuery(name = "Evidence.moveAll", query = "update Evidence e set e.workspace = :into where e.workspace = :from")
public class Evidence extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Enumerated(EnumType.STRING)
    @Column(name = "row_kind", nullable = false, length = 20)
    private EvidenceKind rowKind;

    @Column(name = "row_id", nullable = false)
    private long rowId;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_kind", nullable = false, length = 20)
    private FileKind fileKind;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 120)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Evidence() {
        // for JPA
    }

    public Evidence(Workspace workspace, EvidenceKind rowKind, long rowId, String fileName, FileKind fileKind, byte[] content,
            String uploadedBy, Instant uploadedAt) {
        this.workspace = workspace;
        this.rowKind = rowKind;
        this.rowId = rowId;
        this.fileName = fileName;
        this.fileKind = fileKind;
        this.contentType = fileKind.mediaType(fileName);
        this.content = content.clone();
        this.fileSize = content.length;
        this.uploadedBy = uploadedBy.length() > 120 ? uploadedBy.substring(0, 120) : uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public boolean belongsTo(Workspace other) {
        return workspace.getId().equals(other.getId());
    }

    public EvidenceKind getRowKind() {
        return rowKind;
    }

    public long getRowId() {
        return rowId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getFileSize() {
        return fileSize;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
