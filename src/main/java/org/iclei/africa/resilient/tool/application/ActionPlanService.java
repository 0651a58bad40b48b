package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/** Step 7: the actions of the plan, with the same access rules and conflict checks as the other worksheets. */
@Stateless
public class ActionPlanService {

    public static final String DATES = "tool.action.dates";
    public static final String IN_USE = "tool.action.inUse";
    static final String ACTIONS = "actions";

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkspaceService workspaces;

    @Inject
    Validator validator;

    /** What the signed-in member sees of the action plan. */
    public record View(boolean canEdit, List<PlanAction> actions, List<AdaptationOption> options, Map<ActionStatus, Long> byStatus) {

        public boolean isCanEdit() {
            return canEdit;
        }

        public List<PlanAction> getActions() {
            return actions;
        }

        public List<AdaptationOption> getOptions() {
            return options;
        }

        public Map<ActionStatus, Long> getByStatus() {
            return byStatus;
        }
    }

    public View view(String email) {
        WorkspaceMember member = workspaces.member(email);
        List<PlanAction> actions = actions(member.getWorkspace());
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, actions.stream().filter(a -> a.getStatus() == status).count());
        }
        List<AdaptationOption> options = em.createNamedQuery("AdaptationOption.findByWorkspace", AdaptationOption.class)
                .setParameter("workspace", member.getWorkspace()).getResultList();
        return new View(WorkspaceService.canEdit(member), actions, options, byStatus);
    }

    public PlanAction action(String email, long id) {
        PlanAction action = em.find(PlanAction.class, id);
        if (action == null || !action.belongsTo(workspaces.member(email).getWorkspace())) {
            throw new BusinessException(WorkspaceService.ROW_NOT_FOUND);
        }
        return action;
    }

    public PlanAction save(String email, ActionForm form) {
        Set<ConstraintViolation<ActionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        WorkspaceMember member = workspaces.editor(email);
        AdaptationOption option = null;
        if (form.getOptionId() != null) {
            option = em.find(AdaptationOption.class, form.getOptionId());
            if (option == null || !option.belongsTo(member.getWorkspace())) {
                throw new BusinessException(WorkspaceService.ROW_NOT_FOUND);
            }
        }
        PlanAction action;
        if (form.getId() == null) {
            action = new PlanAction(member.getWorkspace());
        } else {
            action = action(email, form.getId());
            if (form.getVersion() == null || form.getVersion() != action.getVersion()) {
                throw new BusinessException(WorkspaceService.CONFLICT, action.getChangedBy(), action.getUpdatedAt());
            }
        }
        try {
            action.edit(option, form.getActionText(), form.getObjective(), form.getDepartment(), form.getPartners(),
                    form.getBudget(), form.getFundingSource(), form.getStartDate(), form.getEndDate(), form.getMunicipalPlan(),
                    form.getStatus(), member.getAccount().getFullName());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(DATES);
        }
        if (action.isNew()) {
            em.persist(action);
        }
        em.flush();
        workspaces.recordChange(member, ACTIONS, action.getId(), form.getId() == null ? "added" : "edited", action.getActionText());
        return action;
    }

    /** Deletes an action that no monitoring indicator follows; refused with {@link #IN_USE} otherwise, and on a stale version. */
    public void delete(String email, long id, long version) {
        WorkspaceMember member = workspaces.editor(email);
        PlanAction action = action(email, id);
        if (action.getVersion() != version) {
            throw new BusinessException(WorkspaceService.CONFLICT, action.getChangedBy(), action.getUpdatedAt());
        }
        String ref = String.valueOf(id);
        boolean followed = em.createNamedQuery("WorksheetRow.findByWorkspace", WorksheetRow.class).setParameter("workspace", member.getWorkspace())
                .getResultStream().anyMatch(r -> r.getWorksheet() == Worksheet.INDICATORS && r.value("action").equals(ref));
        if (followed) {
            throw new BusinessException(IN_USE);
        }
        workspaces.recordChange(member, ACTIONS, id, "deleted", action.getActionText());
        em.remove(action);
    }

    private List<PlanAction> actions(Workspace workspace) {
        return em.createNamedQuery("PlanAction.findByWorkspace", PlanAction.class).setParameter("workspace", workspace).getResultList();
    }
}
