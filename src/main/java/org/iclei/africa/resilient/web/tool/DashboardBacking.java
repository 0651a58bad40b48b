package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.web.support.DateFormats;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.MemberAccess;
import org.iclei.africa.resilient.tool.application.PlanReportService;
import org.iclei.africa.resilient.tool.application.PlanReportService.Dashboard;
import org.iclei.africa.resilient.tool.application.RiskService.RisksView;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.HeatMap;
import org.iclei.africa.resilient.tool.domain.PlanChain;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Ranking;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.StepStatus;

/**
 * The workspace dashboard, shown at /tool to a signed-in member: where the team is (a progress bar of the eight
 * steps and "continue" to the first step not complete), the eight steps and their status, a small heat map, the
 * top five risks, the best-ranked options, actions by status, the next review date, the chain risk → option → action →
 * indicator of the five highest answered risks (and how many high risks no option answers yet) and recent changes.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBacking extends ToolPage {

    @Inject
    PlanReportService plan;

    private RisksView risks;
    private Map<ProcessStep, StepStatus> statuses;
    private List<Ranking.Ranked> ranking;
    private Map<ActionStatus, Long> actionsByStatus;
    private LocalDate reviewDate;
    private PlanChain chain;
    private boolean noWorkspace;

    @PostConstruct
    void load() {
        String email = email();
        try {
            Dashboard dashboard = plan.dashboard(email);
            risks = dashboard.risks();
            statuses = dashboard.statuses();
            ranking = dashboard.ranking();
            actionsByStatus = dashboard.actionsByStatus();
            reviewDate = dashboard.reviewDate();
            chain = dashboard.chain();
        } catch (BusinessException e) {
            noWorkspace = MemberAccess.NO_WORKSPACE.equals(e.getMessageKey());
            if (!noWorkspace) {
                error(text(e));
            }
        }
    }

    @Override
    String path() {
        return "/tool";
    }

    public RisksView getView() {
        return risks;
    }

    public boolean isNoWorkspace() {
        return noWorkspace;
    }

    public List<ProcessStep> getSteps() {
        return List.of(ProcessStep.values());
    }

    public Map<ProcessStep, StepStatus> getStatuses() {
        return statuses;
    }

    /** The first step not yet complete, where the team carries on; null when all eight are complete. */
    public ProcessStep getContinueStep() {
        if (statuses == null) {
            return null;
        }
        return getSteps().stream().filter(s -> statuses.get(s) != StepStatus.COMPLETE).findFirst().orElse(null);
    }

    /** The risk matrix of step 3, for the dashboard's small heat map; null without a workspace. */
    public HeatMap<Risk> getHeatMap() {
        return risks == null ? null : risks.heatMap();
    }

    public long getCompleteSteps() {
        return statuses == null ? 0 : statuses.values().stream().filter(s -> s == StepStatus.COMPLETE).count();
    }

    public List<Risk> getTopRisks() {
        return risks == null ? List.of() : risks.risks().stream().limit(5).toList();
    }

    public List<Ranking.Ranked> getTopOptions() {
        return ranking == null ? List.of() : ranking.stream().limit(5).toList();
    }

    /** How the plan hangs together; null without a workspace. */
    public PlanChain getChain() {
        return chain;
    }

    /** The five highest risks that an option answers, with their options, actions and indicators. */
    public List<PlanChain.RiskLink> getChainRisks() {
        return chain == null ? List.of() : chain.getAnswered().stream().limit(5).toList();
    }

    public Map<ActionStatus, Long> getActionsByStatus() {
        return actionsByStatus;
    }

    public List<ActionStatus> getActionStatuses() {
        return List.of(ActionStatus.values());
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    /** The review date has come: the team should go back through the earlier steps. */
    public boolean isReviewDue() {
        return reviewDate != null && !reviewDate.isAfter(LocalDate.now());
    }

    public String getReviewDateText() {
        return DateFormats.date(reviewDate, language.getLocale());
    }
}
