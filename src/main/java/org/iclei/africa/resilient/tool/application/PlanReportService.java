package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.tool.application.RiskService.RisksView;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.PlanChain;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Ranking;
import org.iclei.africa.resilient.tool.domain.StepStatus;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * The member's whole plan read at once: the dashboard's summary at /tool, and everything for the printable
 * report and the PDF.
 */
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

    @Inject
EvidenceService evidence;

    @Inject
    MemberAccess access;

    @Inject
    WorkspaceRepository workspaces;

    /**
     * The whole plan: statuses, the generic worksheets per step, risks, options and ranking, actions, the chain risk →
     * option → action → indicator, the files attached to rows, and the team.
     */
    public record PlanReport(RisksView risks, Map<ProcessStep, StepStatus> statuses, Map<ProcessStep, WorksheetService.View> sheets,
            PrioritisationService.View options, ActionPlanService.View actions, PlanChain chain,
            List<EvidenceService.RowEvidence> evidence, List<WorkspaceMember> team) {

        /** How the plan hangs together: risk → option → action → indicator. */
        public PlanChain getChain() {
            return chain;
        }

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

        public List<EvidenceService.RowEvidence> getEvidence() {
            return evidence;
        }

        public List<WorkspaceMember> getTeam() {
            return team;
        }
    }

    public PlanReport report(String email) {
        Map<ProcessStep, WorksheetService.View> sheets = new EnumMap<>(ProcessStep.class);
        for (ProcessStep step : ProcessStep.values()) {
            sheets.put(step, worksheets.view(email, step));
        }
        PrioritisationService.View options = prioritisation.view(email);
        ActionPlanService.View actions = actionPlan.view(email);
        List<WorkspaceMember> team = workspaces.members(access.member(email).getWorkspace()).stream()
                .filter(m -> m.getRole() != MemberRole.PENDING).toList();
        return new PlanReport(risks.risks(email), steps.statuses(email), sheets, options, actions, chain(email, options, actions),
                evidence.byRow(email), team);
    }

    private PlanChain chain(String email, PrioritisationService.View options, ActionPlanService.View actions) {
        return PlanChain.of(options.risks(), options.options(), actions.actions(), worksheets.rows(email, Worksheet.INDICATORS));
    }

    /**
     * What the dashboard shows: risks (highest first), the steps' statuses, the ranking, actions by status, the review
     * date, and the chain risk → option → action → indicator.
     */
    public record Dashboard(RisksView risks, Map<ProcessStep, StepStatus> statuses, List<Ranking.Ranked> ranking,
            Map<ActionStatus, Long> actionsByStatus, LocalDate reviewDate, PlanChain chain) {
    }

    public Dashboard dashboard(String email) {
        LocalDate reviewDate = worksheets.rows(email, Worksheet.REVIEW).stream().map(r -> r.value("date")).filter(d -> !d.isEmpty())
                .map(LocalDate::parse).findFirst().orElse(null);
        PrioritisationService.View options = prioritisation.view(email);
        ActionPlanService.View actions = actionPlan.view(email);
        return new Dashboard(risks.risks(email), steps.statuses(email), options.getRanking(), actions.getByStatus(), reviewDate,
                chain(email, options, actions));
    }
}
