package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.iclei.africa.resilient.tool.application.RiskService.RisksView;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepStatus;

/** Everything of the member's workspace at once, for the printable report and the PDF. */
@Stateless
public class PlanReportService {

    @Inject
    RiskService risks;

    @Inject
    WorksheetService worksheets;

    @Inject
    StepService steps;

    @Inject
    PrioritisationService prioritisation;

    @Inject
    ActionPlanService actionPlan;

    /** The whole plan: statuses, the generic worksheets per step, risks, options and ranking, actions. */
    public record PlanReport(RisksView risks, Map<ProcessStep, StepStatus> statuses, Map<ProcessStep, WorksheetService.View> sheets,
            PrioritisationService.View options, ActionPlanService.View actions) {

        public RisksView getRisks() {
            return risks;
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
    }

    public PlanReport report(String email) {
        Map<ProcessStep, WorksheetService.View> sheets = new EnumMap<>(ProcessStep.class);
        for (ProcessStep step : ProcessStep.values()) {
            sheets.put(step, worksheets.view(email, step));
        }
        return new PlanReport(risks.risks(email), steps.statuses(email), sheets, prioritisation.view(email), actionPlan.view(email));
    }
}
