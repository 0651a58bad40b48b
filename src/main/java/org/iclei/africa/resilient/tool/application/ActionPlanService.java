package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.Quota;
import org.iclei.africa.resilient.tool.domain.ActionStatus;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.AdaptationOptionRepository;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.tool.domain.EvidenceRepository;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.PlanActionRepository;
import org.iclei.africa.resilient.tool.domain.Worksheet;
import org.iclei.africa.resilient.tool.domain.WorksheetRowRepository;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/** Step 7: the actions of the plan, with the same access rules and conflict checks as the other worksheets. */
@Stateless
public class ActionPlanService {

    public static final String DATES = "tool.action.dates";
    public static final String IN_USE = "tool.action.inUse";
    static final String ACTIONS = "actions";

    @Inject
    Quotas quotas;

    @Inject
    MemberAccess access;

    @Inject
    PlanActionRepository actions;

    @Inject
    AdaptationOptionRepository options;

    @Inject
    WorksheetRowRepository rows;

    @Inject
    EvidenceRepository evidence;

    @Inject
    ChangeLog changeLog;

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
        WorkspaceMember member = access.member(email);
        List<PlanAction> all = actions.findByWorkspace(member.getWorkspace());
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, all.stream().filter(a -> a.getStatus() == status).count());
        }
        return new View(member.canEdit(Instant.now()), all, options.findByWorkspace(member.getWorkspace()), byStatus);
    }

    public PlanAction action(String email, long id) {
        return EditableRow.of(access.member(email).getWorkspace(), actions.find(id));
    }

    public PlanAction save(String email, ActionForm form) {
        Set<ConstraintViolation<ActionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        WorkspaceMember member = access.editor(email);
        AdaptationOption option = form.getOptionId() == null ? null : EditableRow.of(member.getWorkspace(), options.find(form.getOptionId()));
        PlanAction action;
        if (form.getId() == null) {
            quotas.roomForOneMore(Quota.ACTIONS, actions.findByWorkspace(member.getWorkspace()).size());
            action = new PlanAction(member.getWorkspace());
        } else {
            action = action(email, form.getId());
            action.checkVersion(form.getVersion());
        }
        try {
            action.edit(option, form.getActionText(), form.getObjective(), form.getDepartment(), form.getPartners(),
                    form.getBudget(), form.getFundingSource(), form.getStartDate(), form.getEndDate(), form.getMunicipalPlan(),
                    form.getStatus(), member.getAccount().getFullName());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(DATES);
        }
        actions.save(action);
        changeLog.record(member, ACTIONS, action.getId(), form.getId() == null ? "added" : "edited", action.getActionText());
        return action;
    }

    /** Deletes an action that no monitoring indicator follows; refused with {@link #IN_USE} otherwise, and on a stale version. */
    public void delete(String email, long id, long version) {
        WorkspaceMember member = access.editor(email);
        PlanAction action = action(email, id);
        action.checkVersion(version);
        String ref = String.valueOf(id);
        boolean followed = rows.findByWorkspace(member.getWorkspace()).stream().anyMatch(r -> r.getWorksheet() == Worksheet.INDICATORS && r.value("action").equals(ref));
        if (followed) {
            throw new BusinessException(IN_USE);
        }
        changeLog.record(member, ACTIONS, id, "deleted", action.getActionText());
        evidence.removeByRow(member.getWorkspace(), EvidenceKind.ACTION, id);
        actions.remove(action);
    }
}
