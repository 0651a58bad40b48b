package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/** Whether an editor marked a step complete for a workspace (reopening clears it). */
@Entity
@Table(name = "step_progress")
@NamedQuery(name = "StepProgress.find", query = "select p from StepProgress p where p.workspace = :workspace and p.step = :step")
@NamedQuery(name = "StepProgress.findCompletedSteps",
        query = "select p.step from StepProgress p where p.workspace = :workspace and p.completed = true")
@NamedQuery(name = "StepProgress.removeDuplicatesOf",
        query = "delete from StepProgress p where p.workspace = :from and p.step in (select q.step from StepProgress q where q.workspace = :into)")
@NamedQuery(name = "StepProgress.moveAll", query = "update StepProgress p set p.workspace = :into where p.workspace = :from")
public class StepProgress extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(name = "step_number", nullable = false)
    private int step;

    @Column(nullable = false)
    private boolean completed;

    @Column(name = "changed_by", length = 120)
    private String changedBy;

    protected StepProgress() {
        // for JPA
    }

    public StepProgress(Workspace workspace, ProcessStep step) {
        this.workspace = workspace;
        this.step = step.number();
    }

    public void mark(boolean complete, String by) {
        this.completed = complete;
        this.changedBy = by;
    }

    public boolean isCompleted() {
        return completed;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
