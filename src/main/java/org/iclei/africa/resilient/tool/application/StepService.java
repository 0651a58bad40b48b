package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.tool.domain.AdaptationOptionRepository;
import org.iclei.africa.resilient.tool.domain.ChangeSummaries;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.CheckTick;
import org.iclei.africa.resilient.tool.domain.PlanActionRepository;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.RiskRepository;
import org.iclei.africa.resilient.tool.domain.StepGuide;
import org.iclei.africa.resilient.tool.domain.StepProgress;
import org.iclei.africa.resilient.tool.domain.StepRepository;
import org.iclei.africa.resilient.tool.domain.StepStatus;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.tool.domain.WorksheetRowRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * What every step page shows above its worksheets — status, guidance, self-check list with who ticked
 * each item and when, and the pioneers' examples — the status of all eight steps for the dashboard, and
 * the editors' changes to a step: ticks on its check list, and its mark as complete.
 */
@Stateless
public class StepService {

    @Inject
    MemberAccess access;

    @Inject
    StepRepository steps;

    @Inject
    WorksheetRowRepository rows;

    @Inject
    RiskRepository risks;

    @Inject
    AdaptationOptionRepository options;

    @Inject
    PlanActionRepository actions;

    @Inject
    ChangeLog changeLog;

    /** A check item as a workspace sees it. */
    public record Check(long id, String text, boolean ticked, String tickedBy, Instant tickedAt) {

        public long getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public boolean isTicked() {
            return ticked;
        }

        public String getTickedBy() {
            return tickedBy;
        }

        public Instant getTickedAt() {
            return tickedAt;
        }
    }

    /** The top of a step page. */
    public record Panel(ProcessStep step, StepStatus status, boolean canEdit, String guidance, String examples, List<Check> checks) {

        public int getNumber() {
            return step.number();
        }

        public StepStatus getStatus() {
            return status;
        }

        public boolean isCanEdit() {
            return canEdit;
        }

        public String getGuidance() {
            return guidance;
        }

        public String getExamples() {
            return examples;
        }

        public List<Check> getChecks() {
            return checks;
        }
    }

    public Panel panel(String email, ProcessStep step, String language) {
        WorkspaceMember member = access.member(email);
        Map<Long, CheckTick> ticks = ticksByItem(member.getWorkspace());
        List<Check> checks = steps.checkItems(step).stream().map(item -> {
            CheckTick tick = ticks.get(item.getId());
            return new Check(item.getId(), item.text(language), tick != null, tick == null ? null : tick.getTickedBy(),
                    tick == null ? null : tick.getCreatedAt());
        }).toList();
        StepGuide guide = steps.findGuide(step, language).or(() -> steps.findGuide(step, "en")).orElse(null);
        return new Panel(step, statuses(member).get(step), member.canEdit(Instant.now()),
                guide == null ? "" : guide.getGuidance(), guide == null ? "" : guide.getExamples(), checks);
    }

    private Map<Long, CheckTick> ticksByItem(Workspace workspace) {
        return steps.ticks(workspace).stream().collect(Collectors.toMap(t -> t.getItem().getId(), t -> t));
    }

    /** Where each of the eight steps stands for the member's workspace. */
    public Map<ProcessStep, StepStatus> statuses(String email) {
        return statuses(access.member(email));
    }

    Map<ProcessStep, StepStatus> statuses(WorkspaceMember member) {
        Workspace workspace = member.getWorkspace();
        Map<ProcessStep, Long> rowCounts = new EnumMap<>(ProcessStep.class);
        rows.countByWorksheet(workspace).forEach((slug, count) ->
                Worksheet.bySlug(slug).ifPresent(sheet -> rowCounts.merge(sheet.step(), count, Long::sum)));
        rowCounts.merge(ProcessStep.IMPACTS_AND_RISKS, risks.count(workspace), Long::sum);
        rowCounts.merge(ProcessStep.ADAPTATION_OPTIONS, options.count(workspace), Long::sum);
        rowCounts.merge(ProcessStep.PRIORITISATION, options.countScored(workspace), Long::sum);
        rowCounts.merge(ProcessStep.ACTION_PLAN, actions.count(workspace), Long::sum);
        Map<ProcessStep, Long> ticked = new EnumMap<>(ProcessStep.class);
        for (CheckTick tick : steps.ticks(workspace)) {
            ProcessStep.byNumber(tick.getItem().getStep()).ifPresent(step -> ticked.merge(step, 1L, Long::sum));
        }
        Set<Integer> complete = steps.completedSteps(workspace);
        Map<ProcessStep, StepStatus> statuses = new EnumMap<>(ProcessStep.class);
        for (ProcessStep step : ProcessStep.values()) {
            statuses.put(step, StepStatus.of(complete.contains(step.number()), rowCounts.getOrDefault(step, 0L).intValue(),
                    ticked.getOrDefault(step, 0L).intValue()));
        }
        return statuses;
    }

    /**
     * Saves what the editor changed on a step's check list: {@code tickedIds} are the items ticked in the
     * form, {@code shownTicked} those that were ticked when the form was shown. Only items the editor
     * toggled change, so a colleague's ticks in between are kept. Ids of other steps are ignored.
     */
    public void saveChecks(String email, ProcessStep step, Set<Long> tickedIds, Set<Long> shownTicked) {
        WorkspaceMember member = access.editor(email);
        Map<Long, CheckTick> ticks = ticksByItem(member.getWorkspace());
        for (CheckItem item : steps.checkItems(step)) {
            boolean ticked = tickedIds.contains(item.getId());
            if (ticked == shownTicked.contains(item.getId())) {
                continue; // not changed in this form
            }
            CheckTick tick = ticks.get(item.getId());
            if (ticked && tick == null) {
                steps.addTick(new CheckTick(member.getWorkspace(), item, member.getAccount().getFullName()));
                changeLog.record(member, ChangeSummaries.CHECKS, item.getId(), "ticked", item.text("en"));
            } else if (!ticked && tick != null) {
                steps.removeTick(tick);
                changeLog.record(member, ChangeSummaries.CHECKS, item.getId(), "unticked", item.text("en"));
            }
        }
    }

    /** The texts of every check item in a language by id, for the history (which stores the item's id; a removed item is absent). */
    public Map<Long, String> checkItemTexts(String language) {
        return steps.allCheckItems().stream().collect(Collectors.toMap(CheckItem::getId, item -> item.text(language)));
    }

    /** An editor marks a step complete, or reopens it. */
    public void markStep(String email, ProcessStep step, boolean complete) {
        WorkspaceMember member = access.editor(email);
        StepProgress progress = steps.findProgress(member.getWorkspace(), step).orElseGet(() -> {
            StepProgress created = new StepProgress(member.getWorkspace(), step);
            steps.addProgress(created);
            return created;
        });
        progress.mark(complete, member.getAccount().getFullName());
        changeLog.record(member, "steps", null, complete ? "completed" : "reopened", step.number() + ". " + WorksheetChange.label("step." + step.number() + ".name"));
    }
}
