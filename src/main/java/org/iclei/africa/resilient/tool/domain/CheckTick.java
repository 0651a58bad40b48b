package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A check item ticked in a workspace: by whom, and when (the creation time). */
@Entity
@Table(name = "check_tick")
@NamedQuery(name = "CheckTick.findByWorkspace", query = "select t from CheckTick t join fetch t.item where t.workspace = :workspace")
@NamedQuery(name = "CheckTick.find", query = "select t from CheckTick t where t.workspace = :workspace and t.item = :item")
@NamedQuery(name = "CheckTick.removeDuplicatesOf",
        query = "delete from CheckTick t where t.workspace = :from and t.item in (select u.item from CheckTick u where u.workspace = :into)")
@NamedQuery(name = "CheckTick.moveAll", query = "update CheckTick t set t.workspace = :into where t.workspace = :from")
@NamedQuery(name = "CheckTick.countByItem", query = "select count(t) from CheckTick t where t.item = :item")
public class CheckTick extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id")
    private CheckItem item;

    @Column(name = "ticked_by", nullable = false, length = 120)
    private String tickedBy;

    protected CheckTick() {
        // for JPA
    }

    public CheckTick(Workspace workspace, CheckItem item, String tickedBy) {
        this.workspace = workspace;
        this.item = item;
        this.tickedBy = tickedBy;
    }

    public CheckItem getItem() {
        return item;
    }

    public String getTickedBy() {
        return tickedBy;
    }
}
