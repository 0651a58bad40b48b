package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * An image uploaded for the public pages (a pioneer city's photo, a supporter's logo): its cleaned name, the
 * media type recognised from its content, its size, and the id of the {@link StoredFile} that holds its bytes
 * (loaded only when the image is served at {@code /media/<id>/<name>}). Never changed once stored, so its URL
 * may be cached for ever.
 */
@Entity
@Table(name = "media_file")
public class MediaFile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    protected MediaFile() {
        // for JPA
    }

    public MediaFile(StoredFile file, String fileName, String mediaType, long fileSize) {
        this.fileId = Objects.requireNonNull(file.getId(), "persist the file first");
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.fileSize = fileSize;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getFileSize() {
        return fileSize;
    }

    /** Its address on the portal, below the context path: {@code /media/<id>/<name>}. */
    public String getPath() {
        return "/media/" + getId() + "/" + fileName;
    }
}
