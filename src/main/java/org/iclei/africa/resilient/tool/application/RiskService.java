package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.Quota;
import org.iclei.africa.resilient.tool.domain.AdaptationOptionRepository;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.HeatMap;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.tool.domain.EvidenceRepository;
import org.iclei.africa.resilient.tool.domain.RiskRepository;
import org.iclei.africa.resilient.tool.domain.StepProgress;
import org.iclei.africa.resilient.tool.domain.StepRepository;
import org.iclei.africa.resilient.tool.domain.StepStatus;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;

/**
 * Step 3, impacts and risks, in the signed-in member's own workspace: the risks with their heat map and
 * recent changes, and adding, editing and deleting a risk (refused on a stale version, and recorded).
 */
@Stateless
public class RiskService {

    public static final String IN_USE = "tool.risk.inUse";
    static final String RISKS = "risks";

    @Inject
    Quotas quotas;

    @Inject
    MemberAccess access;

    @Inject
    RiskRepository risks;

    @Inject
    AdaptationOptionRepository options;

    @Inject
    EvidenceRepository evidence;

    @Inject
    StepRepository steps;

    @Inject
    ChangeLog changeLog;

    @Inject
    Validator validator;

    /** What the signed-in member sees of step 3. */
    public record RisksView(Workspace workspace, MemberRole role, boolean canEdit, StepStatus status, List<Risk> risks,
            HeatMap<Risk> heatMap, List<WorksheetChange> recentChanges) {

        // Getters for Expression Language 5, which does not read record components.

        public Workspace getWorkspace() {
            return workspace;
        }

        public MemberRole getRole() {
            return role;
        }

        public boolean isCanEdit() {
            return canEdit;
        }

        public StepStatus getStatus() {
            return status;
        }

        public List<Risk> getRisks() {
            return risks;
        }

        public HeatMap<Risk> getHeatMap() {
            return heatMap;
        }

        public List<WorksheetChange> getRecentChanges() {
            return recentChanges;
        }
    }

    public RisksView risks(String email) {
        WorkspaceMember member = access.member(email);
        Workspace workspace = member.getWorkspace();
        List<Risk> all = risks.findByWorkspace(workspace);
        boolean complete = steps.findProgress(workspace, ProcessStep.IMPACTS_AND_RISKS).map(StepProgress::isCompleted).orElse(false);
        return new RisksView(workspace, member.getRole(), member.canEdit(Instant.now()), StepStatus.of(complete, all.size(), 0), all,
                HeatMap.of(all, Risk::getLikelihood, Risk::getConsequence), changeLog.recent(workspace));
    }

    /** A risk of the member's own workspace, for editing. */
    public Risk risk(String email, long id) {
        return EditableRow.of(access.member(email).getWorkspace(), risks.find(id));
    }

    /**
     * Adds a risk, or saves an edited one. An edit based on an older version than the stored one is
     * refused with {@link EditableRow#CONFLICT} (who changed it, and when), so nobody overwrites a colleague unknowingly.
     */
    public Risk saveRisk(String email, RiskForm form) {
        Set<ConstraintViolation<RiskForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        WorkspaceMember member = access.editor(email);
        Risk risk;
        if (form.getId() == null) {
            quotas.roomForOneMore(Quota.RISKS, risks.findByWorkspace(member.getWorkspace()).size());
            risk = new Risk(member.getWorkspace());
        } else {
            risk = risk(email, form.getId());
            risk.checkVersion(form.getVersion());
        }
        risk.edit(form.getHazard(), form.getSector(), form.getImpact(), form.getLikelihood(), form.getConsequence(),
                form.isWithinMandate(), member.getAccount().getFullName());
        risks.save(risk);
        changeLog.record(member, RISKS, risk.getId(), form.getId() == null ? "added" : "edited", risk.summary());
        return risk;
    }

    /** Deletes a risk that no option of step 5 answers; refused with {@link #IN_USE} otherwise, and on a stale version. */
    public void deleteRisk(String email, long id, long version) {
        WorkspaceMember member = access.editor(email);
        Risk risk = risk(email, id);
        risk.checkVersion(version);
        if (options.countAnswering(risk) > 0) {
            throw new BusinessException(IN_USE);
        }
        changeLog.record(member, RISKS, id, "deleted", risk.summary());
        evidence.removeByRow(member.getWorkspace(), EvidenceKind.RISK, id);
        risks.remove(risk);
    }
}
