package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.CheckTick;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepGuide;
import org.iclei.africa.resilient.tool.domain.StepStatus;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * What every step page shows above its worksheets — status, guidance, self-check list with who ticked
 * each item and when, and the pioneers' examples — and the status of all eight steps for the dashboard.
 */
@Stateless
public class StepService {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkspaceService workspaces;

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
        WorkspaceMember member = workspaces.member(email);
        List<CheckItem> items = em.createNamedQuery("CheckItem.findByStep", CheckItem.class).setParameter("step", step.number()).getResultList();
        Map<Long, CheckTick> ticks = ticks(member).stream().collect(Collectors.toMap(t -> t.getItem().getId(), t -> t));
        List<Check> checks = items.stream().map(item -> {
            CheckTick tick = ticks.get(item.getId());
            return new Check(item.getId(), item.text(language), tick != null, tick == null ? null : tick.getTickedBy(),
                    tick == null ? null : tick.getCreatedAt());
        }).toList();
        StepGuide guide = guide(step, language);
        return new Panel(step, statuses(member).get(step), WorkspaceService.canEdit(member),
                guide == null ? "" : guide.getGuidance(), guide == null ? "" : guide.getExamples(), checks);
    }

    private StepGuide guide(ProcessStep step, String language) {
        for (String lang : List.of(language, "en")) {
            List<StepGuide> found = em.createNamedQuery("StepGuide.find", StepGuide.class).setParameter("step", step.number())
                    .setParameter("language", lang).getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    private List<CheckTick> ticks(WorkspaceMember member) {
        return em.createNamedQuery("CheckTick.findByWorkspace", CheckTick.class).setParameter("workspace", member.getWorkspace()).getResultList();
    }

    /** Where each of the eight steps stands for the member's workspace. */
    public Map<ProcessStep, StepStatus> statuses(String email) {
        return statuses(workspaces.member(email));
    }

    Map<ProcessStep, StepStatus> statuses(WorkspaceMember member) {
        Map<ProcessStep, Long> rows = new EnumMap<>(ProcessStep.class);
        for (Object[] count : em.createNamedQuery("WorksheetRow.countByWorksheet", Object[].class)
                .setParameter("workspace", member.getWorkspace()).getResultList()) {
            Worksheet.bySlug((String) count[0]).ifPresent(sheet -> rows.merge(sheet.step(), (Long) count[1], Long::sum));
        }
        rows.merge(ProcessStep.IMPACTS_AND_RISKS, count("select count(r) from Risk r where r.workspace = :w", member), Long::sum);
        rows.merge(ProcessStep.ADAPTATION_OPTIONS, count("select count(o) from AdaptationOption o where o.workspace = :w", member), Long::sum);
        rows.merge(ProcessStep.PRIORITISATION,
                count("select count(o) from AdaptationOption o where o.workspace = :w and o.effectiveness is not null", member), Long::sum);
        rows.merge(ProcessStep.ACTION_PLAN, count("select count(a) from PlanAction a where a.workspace = :w", member), Long::sum);
        Map<ProcessStep, Long> ticked = new EnumMap<>(ProcessStep.class);
        for (CheckTick tick : ticks(member)) {
            ProcessStep.byNumber(tick.getItem().getStep()).ifPresent(step -> ticked.merge(step, 1L, Long::sum));
        }
        Set<Integer> complete = em.createQuery("select p.step from StepProgress p where p.workspace = :w and p.completed = true", Integer.class)
                .setParameter("w", member.getWorkspace()).getResultStream().collect(Collectors.toSet());
        Map<ProcessStep, StepStatus> statuses = new EnumMap<>(ProcessStep.class);
        for (ProcessStep step : ProcessStep.values()) {
            statuses.put(step, StepStatus.of(complete.contains(step.number()), rows.getOrDefault(step, 0L).intValue(),
                    ticked.getOrDefault(step, 0L).intValue()));
        }
        return statuses;
    }

    private long count(String jpql, WorkspaceMember member) {
        return em.createQuery(jpql, Long.class).setParameter("w", member.getWorkspace()).getSingleResult();
    }

    /**
     * Saves what the editor changed on a step's check list: {@code tickedIds} are the items ticked in the
     * form, {@code shownTicked} those that were ticked when the form was shown. Only items the editor
     * toggled change, so a colleague's ticks in between are kept. Ids of other steps are ignored.
     */
    public void saveChecks(String email, ProcessStep step, Set<Long> tickedIds, Set<Long> shownTicked) {
        WorkspaceMember member = workspaces.editor(email);
        Map<Long, CheckTick> ticks = ticks(member).stream().collect(Collectors.toMap(t -> t.getItem().getId(), t -> t));
        for (CheckItem item : em.createNamedQuery("CheckItem.findByStep", CheckItem.class).setParameter("step", step.number()).getResultList()) {
            boolean ticked = tickedIds.contains(item.getId());
            if (ticked == shownTicked.contains(item.getId())) {
                continue; // not changed in this form
            }
            CheckTick tick = ticks.get(item.getId());
            if (ticked && tick == null) {
                em.persist(new CheckTick(member.getWorkspace(), item, member.getAccount().getFullName()));
                workspaces.recordChange(member, "checks", item.getId(), "ticked", item.text("en"));
            } else if (!ticked && tick != null) {
                em.remove(tick);
                workspaces.recordChange(member, "checks", item.getId(), "unticked", item.text("en"));
            }
        }
    }
}
