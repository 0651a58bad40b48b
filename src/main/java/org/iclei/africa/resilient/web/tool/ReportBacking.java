package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.ActionPlanService;
import org.iclei.africa.resilient.tool.application.PrioritisationService;
import org.iclei.africa.resilient.tool.application.StepService;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.application.WorkspaceService;
import org.iclei.africa.resilient.tool.application.WorkspaceService.RisksView;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.Field;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepStatus;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;

/** The whole plan on one page at /tool/report, laid out for printing or saving as PDF from the browser. */
@Named("report")
@RequestScoped
public class ReportBacking extends ToolPage {

    @Inject
    WorkspaceService workspaces;

    @Inject
    WorksheetService worksheets;

    @Inject
    StepService steps;

    @Inject
    PrioritisationService prioritisation;

    @Inject
    ActionPlanService actionPlan;

    private RisksView risks;
    private Map<ProcessStep, StepStatus> statuses;
    private final Map<ProcessStep, WorksheetService.View> sheets = new EnumMap<>(ProcessStep.class);
    private PrioritisationService.View options;
    private ActionPlanService.View actions;

    @PostConstruct
    void load() {
        String email = email();
        try {
            risks = workspaces.risks(email);
            statuses = steps.statuses(email);
            for (ProcessStep step : ProcessStep.values()) {
                sheets.put(step, worksheets.view(email, step));
            }
            options = prioritisation.view(email);
            actions = actionPlan.view(email);
        } catch (BusinessException e) {
            risks = null;
            error(text(e));
        }
    }

    @Override
    String path() {
        return "/tool/report";
    }

    public RisksView getRisks() {
        return risks;
    }

    public List<ProcessStep> getSteps() {
        return List.of(ProcessStep.values());
    }

    public Map<ProcessStep, StepStatus> getStatuses() {
        return statuses;
    }

    public Map<ProcessStep, WorksheetService.View> getSheets() {
        return sheets;
    }

    public PrioritisationService.View getOptions() {
        return options;
    }

    public ActionPlanService.View getActions() {
        return actions;
    }

    public Instant getNow() {
        return Instant.now();
    }

    public List<Criterion> getCriteria() {
        return List.of(Criterion.values());
    }

    public String display(ProcessStep step, WorksheetRow row, Field field) {
        WorksheetService.View view = sheets.get(step);
        return new CellFormat(bundle(), language.getLocale(), view.getActions(), view.getIndicators(), true).format(row, field);
    }
}
