package org.iclei.africa.resilient.tool.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.OptionType;
import org.iclei.africa.resilient.tool.domain.Risk;

/** An adaptation option and its scores as a member edits them; scores may stay empty until the team agrees them. */
public class OptionForm extends RowForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{tool.option.name.required}")
    @Size(max = 200, message = "{tool.option.name.size}")
    private String name;

    /** The ids of the step-3 risks it answers (checked against the workspace's risks by the service). */
    @NotEmpty(message = "{tool.option.risks.required}")
    private List<Long> riskIds = new ArrayList<>();

    @Size(max = 500, message = "{tool.option.text.size}")
    private String riskNote;

    @NotNull(message = "{tool.option.type.required}")
    private OptionType type;

    @NotBlank(message = "{tool.option.department.required}")
    @Size(max = 120, message = "{tool.option.name.size}")
    private String leadDepartment;

    @Size(max = 500, message = "{tool.option.text.size}")
    private String buildsOn;

    private final Map<Criterion, @Min(value = 1, message = "{tool.risk.rating}") @Max(value = 5, message = "{tool.risk.rating}") Integer> scores =
            new EnumMap<>(Criterion.class);

    /** The form to edit a stored option and its scores. */
    public static OptionForm of(AdaptationOption option) {
        OptionForm form = new OptionForm();
        form.editing(option);
        form.name = option.getName();
        form.riskIds = new ArrayList<>(option.getRisks().stream().map(Risk::getId).toList());
        form.riskNote = option.getRiskNote();
        form.type = option.getType();
        form.leadDepartment = option.getLeadDepartment();
        form.buildsOn = option.getBuildsOn();
        form.scores.putAll(option.getScores());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Long> getRiskIds() {
        return riskIds;
    }

    public void setRiskIds(List<Long> riskIds) {
        this.riskIds = riskIds == null ? new ArrayList<>() : riskIds;
    }

    public String getRiskNote() {
        return riskNote;
    }

    public void setRiskNote(String riskNote) {
        this.riskNote = riskNote;
    }

    public OptionType getType() {
        return type;
    }

    public void setType(OptionType type) {
        this.type = type;
    }

    public String getLeadDepartment() {
        return leadDepartment;
    }

    public void setLeadDepartment(String leadDepartment) {
        this.leadDepartment = leadDepartment;
    }

    public String getBuildsOn() {
        return buildsOn;
    }

    public void setBuildsOn(String buildsOn) {
        this.buildsOn = buildsOn;
    }

    /** Scores by criterion; a view binds each select to {@code scores[criterion]}. */
    public Map<Criterion, Integer> getScores() {
        return scores;
    }
}
