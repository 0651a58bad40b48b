package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A row of step 7: an action that carries out a chosen option, with who, what it costs and when. */
@Entity
@Table(name = "plan_action")
// the option of each action in the same query, and the risks of those options in one more (not one per option)
@NamedQuery(name = "PlanAction.findByWorkspace",
        query = "select a from PlanAction a left join fetch a.option where a.workspace = :workspace order by a.startDate, a.actionText, a.id",
        hints = {@QueryHint(name = "eclipselink.batch", value = "a.option.risks"), @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = "PlanAction.countByWorkspace", query = "select count(a) from PlanAction a where a.workspace = :workspace")
@NamedQuery(name = "PlanAction.countByOption", query = "select count(a) from PlanAction a where a.option = :option")
@NamedQuery(name = "PlanAction.moveAll", query = "update PlanAction r set r.workspace = :into where r.workspace = :from")
public class PlanAction extends BaseEntity implements EditableRow {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "option_id")
    private AdaptationOption option;

    @Column(name = "action_text", nullable = false, length = 300)
    private String actionText;

    @Column(nullable = false, length = 500)
    private String objective;

    @Column(nullable = false, length = 120)
    private String department;

    @Column(length = 300)
    private String partners;

    @Column(precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "funding_source", length = 200)
    private String fundingSource;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "municipal_plan", length = 200)
    private String municipalPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_status", nullable = false, length = 12)
    private ActionStatus status;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    protected PlanAction() {
        // for JPA
    }

    public PlanAction(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Sets every field; the end cannot come before the start. */
    public void edit(AdaptationOption option, String actionText, String objective, String department, String partners,
            BigDecimal budget, String fundingSource, LocalDate startDate, LocalDate endDate, String municipalPlan,
            ActionStatus status, String by) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("An action cannot end before it starts");
        }
        if (budget != null && budget.signum() < 0) {
            throw new IllegalArgumentException("A budget cannot be negative");
        }
        this.option = option;
        this.actionText = actionText.strip();
        this.objective = objective.strip();
        this.department = department.strip();
        this.partners = blankToNull(partners);
        this.budget = budget;
        this.fundingSource = blankToNull(fundingSource);
        this.startDate = startDate;
        this.endDate = endDate;
        this.municipalPlan = blankToNull(municipalPlan);
        this.status = status;
        this.changedBy = by;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean belongsTo(Workspace other) {
        return workspace.equals(other);
    }

    public Workspace getWorkspace() {
        return workspace;
    }

    public AdaptationOption getOption() {
        return option;
    }

    public String getActionText() {
        return actionText;
    }

    public String getObjective() {
        return objective;
    }

    public String getDepartment() {
        return department;
    }

    public String getPartners() {
        return partners;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getMunicipalPlan() {
        return municipalPlan;
    }

    public ActionStatus getStatus() {
        return status;
    }

    @Override
    public String getChangedBy() {
        return changedBy;
    }
}
