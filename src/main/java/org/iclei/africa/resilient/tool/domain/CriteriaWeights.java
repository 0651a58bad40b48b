package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import org.iclei.africa.resilient.shared.BaseEntity;

/** The weights a workspace gives the criteria, as entered (0–10 each); {@link Weights} normalises them. */
@Entity
@Table(name = "criteria_weights")
@NamedQuery(name = "CriteriaWeights.findByWorkspace", query = "select w from CriteriaWeights w where w.workspace = :workspace")
@NamedQuery(name = "CriteriaWeights.removeDuplicatesOf",
        query = "delete from CriteriaWeights w where w.workspace = :from and exists (select v from CriteriaWeights v where v.workspace = :into)")
@NamedQuery(name = "CriteriaWeights.moveAll", query = "update CriteriaWeights w set w.workspace = :into where w.workspace = :from")
public class CriteriaWeights extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(name = "w_effectiveness", nullable = false)
    private int effectiveness = 1;

    @Column(name = "w_cost", nullable = false)
    private int cost = 1;

    @Column(name = "w_technical_feasibility", nullable = false)
    private int technicalFeasibility = 1;

    @Column(name = "w_institutional_feasibility", nullable = false)
    private int institutionalFeasibility = 1;

    @Column(name = "w_co_benefits", nullable = false)
    private int coBenefits = 1;

    @Column(name = "w_stakeholder_support", nullable = false)
    private int stakeholderSupport = 1;

    @Column(name = "w_urgency", nullable = false)
    private int urgency = 1;

    @Column(name = "changed_by", length = 120)
    private String changedBy;

    protected CriteriaWeights() {
        // for JPA
    }

    public CriteriaWeights(Workspace workspace) {
        this.workspace = workspace;
    }

    public Map<Criterion, Integer> entered() {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        weights.put(Criterion.EFFECTIVENESS, effectiveness);
        weights.put(Criterion.COST, cost);
        weights.put(Criterion.TECHNICAL_FEASIBILITY, technicalFeasibility);
        weights.put(Criterion.INSTITUTIONAL_FEASIBILITY, institutionalFeasibility);
        weights.put(Criterion.CO_BENEFITS, coBenefits);
        weights.put(Criterion.STAKEHOLDER_SUPPORT, stakeholderSupport);
        weights.put(Criterion.URGENCY, urgency);
        return weights;
    }

    /** New weights; {@link Weights#of} checks them (none negative, not all zero). */
    public void change(Map<Criterion, Integer> weights, String by) {
        Weights.of(weights);
        changedBy = by;
        effectiveness = weights.getOrDefault(Criterion.EFFECTIVENESS, 0);
        cost = weights.getOrDefault(Criterion.COST, 0);
        technicalFeasibility = weights.getOrDefault(Criterion.TECHNICAL_FEASIBILITY, 0);
        institutionalFeasibility = weights.getOrDefault(Criterion.INSTITUTIONAL_FEASIBILITY, 0);
        coBenefits = weights.getOrDefault(Criterion.CO_BENEFITS, 0);
        stakeholderSupport = weights.getOrDefault(Criterion.STAKEHOLDER_SUPPORT, 0);
        urgency = weights.getOrDefault(Criterion.URGENCY, 0);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Weights normalised() {
        return Weights.of(entered());
    }
}
