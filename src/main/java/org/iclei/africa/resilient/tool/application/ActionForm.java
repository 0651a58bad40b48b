package org.iclei.africa.resilient.tool.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.PlanAction;

/** An action of the plan as a member edits it. */
public class ActionForm extends RowForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{tool.action.option.required}")
    private Long optionId;

    @NotBlank(message = "{tool.action.text.required}")
    @Size(max = 300, message = "{tool.option.text.size}")
    private String actionText;

    @NotBlank(message = "{tool.action.objective.required}")
    @Size(max = 500, message = "{tool.option.text.size}")
    private String objective;

    @NotBlank(message = "{tool.option.department.required}")
    @Size(max = 120, message = "{tool.option.name.size}")
    private String department;

    @Size(max = 300, message = "{tool.option.text.size}")
    private String partners;

    @DecimalMin(value = "0", message = "{tool.action.budget.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{tool.action.budget.invalid}")
    private BigDecimal budget;

    @Size(max = 200, message = "{tool.option.text.size}")
    private String fundingSource;

    private LocalDate startDate;
    private LocalDate endDate;

    @Size(max = 200, message = "{tool.option.text.size}")
    private String municipalPlan;

    @NotNull(message = "{tool.action.status.required}")
    private ActionStatus status = ActionStatus.PLANNED;

    /** The form to edit a stored action. */
    public static ActionForm of(PlanAction action) {
        ActionForm form = new ActionForm();
        form.editing(action);
        form.optionId = action.getOption() == null ? null : action.getOption().getId();
        form.actionText = action.getActionText();
        form.objective = action.getObjective();
        form.department = action.getDepartment();
        form.partners = action.getPartners();
        form.budget = action.getBudget();
        form.fundingSource = action.getFundingSource();
        form.startDate = action.getStartDate();
        form.endDate = action.getEndDate();
        form.municipalPlan = action.getMunicipalPlan();
        form.status = action.getStatus();
        return form;
    }

    public Long getOptionId() {
        return optionId;
    }

    public void setOptionId(Long optionId) {
        this.optionId = optionId;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getMunicipalPlan() {
        return municipalPlan;
    }

    public void setMunicipalPlan(String municipalPlan) {
        this.municipalPlan = municipalPlan;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }
}
