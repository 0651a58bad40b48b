package org.iclei.africa.resilient.tool.application;

import java.io.Serializable;
import org.iclei.africa.resilient.shared.BaseEntity;

/** What every form of a worksheet row carries: {@code id} and {@code version} are set when editing a stored row, null for a new one. */
public abstract class RowForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;

    /** Names the stored row this form edits. */
    protected void editing(BaseEntity row) {
        id = row.getId();
        version = row.getVersion();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
