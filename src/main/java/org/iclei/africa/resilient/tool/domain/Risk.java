package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Comparator;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A row of the step 3 worksheet: an impact of a hazard on a sector, rated by likelihood and consequence. */
@Entity
@Table(name = "risk")
@NamedQuery(name = "Risk.findByWorkspace",
        query = "select r from Risk r where r.workspace = :workspace order by r.likelihood * r.consequence desc, r.hazard, r.id")
@NamedQuery(name = "Risk.countByWorkspace", query = "select count(r) from Risk r where r.workspace = :workspace")
@NamedQuery(name = "Risk.moveAll", query = "update Risk r set r.workspace = :into where r.workspace = :from")
public class Risk extends BaseEntity implements EditableRow {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Column(nullable = false, length = 120)
    private String hazard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Sector sector;

    @Column(nullable = false, length = 2000)
    private String impact;

    @Column(nullable = false)
    private int likelihood;

    @Column(nullable = false)
    private int consequence;

    @Column(name = "within_mandate", nullable = false)
    private boolean withinMandate;

    /** The name of who last saved the row, shown when someone else's save conflicts with it. */
    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    /** Highest score first, then by hazard, as step 3 lists them. */
    public static final Comparator<Risk> HIGHEST_FIRST = Comparator.comparingInt(Risk::getScore).reversed()
            .thenComparing(Risk::getHazard, String.CASE_INSENSITIVE_ORDER).thenComparing(BaseEntity::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    protected Risk() {
        // for JPA
    }

    public Risk(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Sets every field; ratings must be 1 to 5. */
    public void edit(String hazard, Sector sector, String impact, int likelihood, int consequence, boolean withinMandate, String by) {
        RiskBand.score(likelihood, consequence);
        this.hazard = hazard.strip();
        this.sector = sector;
        this.impact = impact.strip();
        this.likelihood = likelihood;
        this.consequence = consequence;
        this.withinMandate = withinMandate;
        this.changedBy = by;
    }

    @Override
    public boolean belongsTo(Workspace other) {
        return workspace.equals(other);
    }

    public int getScore() {
        return likelihood * consequence;
    }

    public RiskBand getBand() {
        return RiskBand.of(getScore());
    }

    public String getHazard() {
        return hazard;
    }

    public Sector getSector() {
        return sector;
    }

    public String getImpact() {
        return impact;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public int getConsequence() {
        return consequence;
    }

    public boolean isWithinMandate() {
        return withinMandate;
    }

    @Override
    public String getChangedBy() {
        return changedBy;
    }

    /** The risk in the history: its sector as a message key ({@link WorksheetChange#label}). */
    public String summary() {
        return hazard + " / " + WorksheetChange.label("Sector." + sector) + ": " + likelihood + "×" + consequence + " = " + getScore();
    }
}
