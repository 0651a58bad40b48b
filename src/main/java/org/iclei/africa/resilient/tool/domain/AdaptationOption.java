package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * A row of step 5 (an option against the high risks) with its step 6 scores on the seven criteria. It answers
 * risks of step 3 of the same workspace (the first link of the chain risk → option → action → indicator); the note on
 * the risks is optional, and holds the free text options carried before they were linked (V20).
 */
@Entity
@Table(name = "adaptation_option")
@NamedQuery(name = "AdaptationOption.findByWorkspace",
        query = "select distinct o from AdaptationOption o left join fetch o.risks where o.workspace = :workspace order by o.name, o.id")
@NamedQuery(name = "AdaptationOption.countByWorkspace", query = "select count(o) from AdaptationOption o where o.workspace = :workspace")
@NamedQuery(name = "AdaptationOption.countScored",
        query = "select count(o) from AdaptationOption o where o.workspace = :workspace and o.effectiveness is not null")
@NamedQuery(name = "AdaptationOption.countAnswering", query = "select count(o) from AdaptationOption o join o.risks r where r = :risk")
@NamedQuery(name = "AdaptationOption.moveAll", query = "update AdaptationOption r set r.workspace = :into where r.workspace = :from")
public class AdaptationOption extends BaseEntity implements EditableRow {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToMany
    @JoinTable(name = "option_risk", joinColumns = @JoinColumn(name = "option_id"), inverseJoinColumns = @JoinColumn(name = "risk_id"))
    private Set<Risk> risks = new HashSet<>();

    @Column(name = "risks_addressed", length = 500)
    private String riskNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "option_type", nullable = false, length = 12)
    private OptionType type;

    @Column(name = "lead_department", nullable = false, length = 120)
    private String leadDepartment;

    @Column(name = "builds_on", length = 500)
    private String buildsOn;

    @Column(name = "score_effectiveness")
    private Integer effectiveness;

    @Column(name = "score_cost")
    private Integer cost;

    @Column(name = "score_technical_feasibility")
    private Integer technicalFeasibility;

    @Column(name = "score_institutional_feasibility")
    private Integer institutionalFeasibility;

    @Column(name = "score_co_benefits")
    private Integer coBenefits;

    @Column(name = "score_stakeholder_support")
    private Integer stakeholderSupport;

    @Column(name = "score_urgency")
    private Integer urgency;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    protected AdaptationOption() {
        // for JPA
    }

    public AdaptationOption(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Sets what step 5 describes. Every risk must belong to the option's workspace, and there must be one at least.
     *
     * @throws IllegalArgumentException otherwise
     */
    public void describe(String name, Collection<Risk> answered, String riskNote, OptionType type, String leadDepartment, String buildsOn,
            String by) {
        if (answered.isEmpty() || answered.stream().anyMatch(risk -> !risk.belongsTo(workspace))) {
            throw new IllegalArgumentException("An option answers one risk of its workspace at least");
        }
        this.name = name.strip();
        this.risks.clear();
        this.risks.addAll(answered);
        this.riskNote = riskNote == null || riskNote.isBlank() ? null : riskNote.strip();
        this.type = type;
        this.leadDepartment = leadDepartment.strip();
        this.buildsOn = buildsOn == null || buildsOn.isBlank() ? null : buildsOn.strip();
        this.changedBy = by;
    }

    /** Sets the scores given (1–5 each, or null for not scored yet). */
    public void score(Map<Criterion, Integer> scores, String by) {
        for (Criterion criterion : Criterion.values()) {
            Integer score = scores.get(criterion);
            if (score != null) {
                criterion.value(score);
            }
        }
        effectiveness = scores.get(Criterion.EFFECTIVENESS);
        cost = scores.get(Criterion.COST);
        technicalFeasibility = scores.get(Criterion.TECHNICAL_FEASIBILITY);
        institutionalFeasibility = scores.get(Criterion.INSTITUTIONAL_FEASIBILITY);
        coBenefits = scores.get(Criterion.CO_BENEFITS);
        stakeholderSupport = scores.get(Criterion.STAKEHOLDER_SUPPORT);
        urgency = scores.get(Criterion.URGENCY);
        this.changedBy = by;
    }

    /** The scores given so far, by criterion. */
    public Map<Criterion, Integer> getScores() {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        put(scores, Criterion.EFFECTIVENESS, effectiveness);
        put(scores, Criterion.COST, cost);
        put(scores, Criterion.TECHNICAL_FEASIBILITY, technicalFeasibility);
        put(scores, Criterion.INSTITUTIONAL_FEASIBILITY, institutionalFeasibility);
        put(scores, Criterion.CO_BENEFITS, coBenefits);
        put(scores, Criterion.STAKEHOLDER_SUPPORT, stakeholderSupport);
        put(scores, Criterion.URGENCY, urgency);
        return scores;
    }

    private static void put(Map<Criterion, Integer> scores, Criterion criterion, Integer value) {
        if (value != null) {
            scores.put(criterion, value);
        }
    }

    public Ranking.Candidate candidate() {
        return new Ranking.Candidate(getId(), name, getScores());
    }

    @Override
    public boolean belongsTo(Workspace other) {
        return workspace.equals(other);
    }

    public String getName() {
        return name;
    }

    /** The risks it answers, highest score first. */
    public List<Risk> getRisks() {
        return risks.stream().sorted(Risk.HIGHEST_FIRST).toList();
    }

    /** The hazards of the risks it answers, highest first, separated by semicolons (for tables and CSV). */
    public String getRiskNames() {
        return String.join("; ", getRisks().stream().map(Risk::getHazard).toList());
    }

    public boolean answers(Risk risk) {
        return risks.contains(risk);
    }

    /** The note on the risks (optional; the free text of options written before risks were linked). */
    public String getRiskNote() {
        return riskNote;
    }

    public OptionType getType() {
        return type;
    }

    public String getLeadDepartment() {
        return leadDepartment;
    }

    public String getBuildsOn() {
        return buildsOn;
    }

    @Override
    public String getChangedBy() {
        return changedBy;
    }
}
