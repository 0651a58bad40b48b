package org.iclei.africa.resilient.admin.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * One change made in the back office: who made it (the administrator's e-mail), when ({@link #getCreatedAt()}),
 * what they did ({@code action}, e.g. {@code workspace.grantMembership}), to which record (type, id and a
 * readable label kept as it was then) and each field from → to. Entries are only ever added.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", length = 60)
    private String recordId;

    @Column(name = "record_label", length = 300)
    private String recordLabel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(String actor, String action, String recordType, String recordId, String recordLabel, List<FieldChange> changes) {
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = recordId;
        this.recordLabel = recordLabel == null || recordLabel.length() <= 300 ? recordLabel : recordLabel.substring(0, 299) + "…";
        this.changes = new ArrayList<>(changes);
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getRecordLabel() {
        return recordLabel;
    }

    public List<FieldChange> getChanges() {
        return List.copyOf(changes);
    }
}
