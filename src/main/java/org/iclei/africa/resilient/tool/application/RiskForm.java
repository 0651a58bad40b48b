package org.iclei.africa.resilient.tool.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.Sector;

/** A row of the impacts-and-risks worksheet as a member edits it. */
public class RiskForm extends RowForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{tool.risk.hazard.required}")
    @Size(max = 120, message = "{tool.risk.hazard.size}")
    private String hazard;

    @NotNull(message = "{tool.risk.sector.required}")
    private Sector sector;

    @NotBlank(message = "{tool.risk.impact.required}")
    @Size(max = 2000, message = "{tool.risk.impact.size}")
    private String impact;

    @NotNull(message = "{tool.risk.rating}")
    @Min(value = 1, message = "{tool.risk.rating}")
    @Max(value = 5, message = "{tool.risk.rating}")
    private Integer likelihood;

    @NotNull(message = "{tool.risk.rating}")
    @Min(value = 1, message = "{tool.risk.rating}")
    @Max(value = 5, message = "{tool.risk.rating}")
    private Integer consequence;

    private boolean withinMandate;

    /** The form to edit a stored risk. */
    public static RiskForm of(Risk risk) {
        RiskForm form = new RiskForm();
        form.editing(risk);
        form.hazard = risk.getHazard();
        form.sector = risk.getSector();
        form.impact = risk.getImpact();
        form.likelihood = risk.getLikelihood();
        form.consequence = risk.getConsequence();
        form.withinMandate = risk.isWithinMandate();
        return form;
    }

    public String getHazard() {
        return hazard;
    }

    public void setHazard(String hazard) {
        this.hazard = hazard;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public Integer getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Integer likelihood) {
        this.likelihood = likelihood;
    }

    public Integer getConsequence() {
        return consequence;
    }

    public void setConsequence(Integer consequence) {
        this.consequence = consequence;
    }

    public boolean isWithinMandate() {
        return withinMandate;
    }

    public void setWithinMandate(boolean withinMandate) {
        this.withinMandate = withinMandate;
    }
}
