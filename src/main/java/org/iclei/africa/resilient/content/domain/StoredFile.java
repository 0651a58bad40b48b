package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * The bytes of an uploaded file, kept in the database so that every node of a cluster serves the same
 * files. Loaded only when someone downloads it (resources refer to it by id).
 */
@Entity
@Table(name = "stored_file")
@NamedQuery(name = "StoredFile.delete", query = "delete from StoredFile f where f.id = :id")
public class StoredFile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected StoredFile() {
        // for JPA
    }

    public StoredFile(byte[] content) {
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
