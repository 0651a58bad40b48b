package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.Quota;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.AdaptationOptionRepository;
import org.iclei.africa.resilient.tool.domain.CriteriaWeights;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.tool.domain.EvidenceRepository;
import org.iclei.africa.resilient.tool.domain.PlanActionRepository;
import org.iclei.africa.resilient.tool.domain.PlanChain;
import org.iclei.africa.resilient.tool.domain.Ranking;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.RiskRepository;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;

/**
 * Steps 5 and 6: adaptation options, their scores, the workspace's weights and the ranking that
 * follows from them (always computed from what is stored). Same access rules as every tool service ({@link MemberAccess}).
 */
@Stateless
public class PrioritisationService {

    public static final String BAD_WEIGHTS = "tool.weights.invalid";
    public static final String IN_USE = "tool.option.inUse";
    public static final String NOT_A_RISK = "tool.option.notARisk";
    public static final String BAD_SCORE = "tool.option.score.invalid";
    static final String OPTIONS = "options";

    @Inject
    Quotas quotas;

    @Inject
    MemberAccess access;

    @Inject
    AdaptationOptionRepository options;

    @Inject
    PlanActionRepository actions;

    @Inject
    RiskRepository risks;

    @Inject
    EvidenceRepository evidence;

    @Inject
    ChangeLog changeLog;

    @Inject
    Validator validator;

    /**
     * What the signed-in member sees of options and prioritisation: the workspace's risks (highest first) to choose
     * from, and the chain (which high and extreme risks no option answers yet).
     */
    public record View(boolean canEdit, List<AdaptationOption> options, Map<Criterion, Integer> weights, long weightsVersion,
            List<Ranking.Ranked> ranking, List<Risk> risks, PlanChain chain) {

        public List<Risk> getRisks() {
            return risks;
        }

        public PlanChain getChain() {
            return chain;
        }

        public boolean isCanEdit() {
            return canEdit;
        }

        public List<AdaptationOption> getOptions() {
            return options;
        }

        public Map<Criterion, Integer> getWeights() {
            return weights;
        }

        public List<Ranking.Ranked> getRanking() {
            return ranking;
        }
    }

    public View view(String email) {
        WorkspaceMember member = access.member(email);
        List<AdaptationOption> all = options.findByWorkspace(member.getWorkspace());
        CriteriaWeights weights = weights(member.getWorkspace());
        List<Ranking.Ranked> ranking = Ranking.rank(all.stream().map(AdaptationOption::candidate).toList(), weights.normalised());
        List<Risk> workspaceRisks = risks.findByWorkspace(member.getWorkspace());
        PlanChain chain = PlanChain.of(workspaceRisks, all, List.of(), List.of());
        return new View(member.canEdit(Instant.now()), all, weights.entered(), weights.isNew() ? 0 : weights.getVersion(), ranking,
                workspaceRisks, chain);
    }

    public AdaptationOption option(String email, long id) {
        return EditableRow.of(access.member(email).getWorkspace(), options.find(id));
    }

    /**
     * Adds or edits what step 5 describes of an option, its scores kept. The risks it answers must be risks of the
     * member's workspace: an unknown one is refused with {@link #NOT_A_RISK}.
     */
    public AdaptationOption saveOption(String email, OptionForm form) {
        Set<ConstraintViolation<OptionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        WorkspaceMember member = access.editor(email);
        AdaptationOption option;
        if (form.getId() == null) {
            quotas.roomForOneMore(Quota.OPTIONS, options.findByWorkspace(member.getWorkspace()).size());
            option = new AdaptationOption(member.getWorkspace());
        } else {
            option = option(email, form.getId());
            option.checkVersion(form.getVersion());
        }
        List<Risk> answered = new ArrayList<>();
        for (Long riskId : new LinkedHashSet<>(form.getRiskIds())) {
            answered.add(risks.find(riskId).filter(risk -> risk.belongsTo(member.getWorkspace()))
                    .orElseThrow(() -> new BusinessException(NOT_A_RISK)));
        }
        option.describe(form.getName(), answered, form.getRiskNote(), form.getType(), form.getLeadDepartment(), form.getBuildsOn(),
                member.getAccount().getFullName());
        options.save(option);
        changeLog.record(member, OPTIONS, option.getId(), form.getId() == null ? "added" : "edited", option.getName());
        return option;
    }

    /** Gives an option its step-6 scores (1–5 each, or empty), what step 5 describes unchanged; a stale version is refused. */
    public AdaptationOption saveScores(String email, long id, long version, Map<Criterion, Integer> scores) {
        WorkspaceMember member = access.editor(email);
        AdaptationOption option = option(email, id);
        option.checkVersion(version);
        try {
            option.score(scores, member.getAccount().getFullName());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(BAD_SCORE);
        }
        options.save(option);
        changeLog.record(member, OPTIONS, option.getId(), "edited", option.getName());
        return option;
    }

    /** Deletes an option that no action carries out; refused with {@link #IN_USE} otherwise, and on a stale version. */
    public void deleteOption(String email, long id, long version) {
        WorkspaceMember member = access.editor(email);
        AdaptationOption option = option(email, id);
        option.checkVersion(version);
        if (actions.countByOption(option) > 0) {
            throw new BusinessException(IN_USE);
        }
        changeLog.record(member, OPTIONS, id, "deleted", option.getName());
        evidence.removeByRow(member.getWorkspace(), EvidenceKind.OPTION, id);
        options.remove(option);
    }

    public void saveWeights(String email, Map<Criterion, Integer> entered) {
        saveWeights(email, entered, null);
    }

    /**
     * New weights for the workspace. With {@code version} (the one the member's form was made from), a
     * colleague's save in between is refused with {@link EditableRow#CONFLICT}.
     */
    public void saveWeights(String email, Map<Criterion, Integer> entered, Long version) {
        WorkspaceMember member = access.editor(email);
        CriteriaWeights weights = weights(member.getWorkspace());
        if (version != null && version != (weights.isNew() ? 0 : weights.getVersion())) {
            throw new BusinessException(EditableRow.CONFLICT, weights.getChangedBy() == null ? "?" : weights.getChangedBy(),
                    weights.getUpdatedAt());
        }
        try {
            weights.change(entered, member.getAccount().getFullName());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(BAD_WEIGHTS);
        }
        options.saveWeights(weights);
        changeLog.record(member, OPTIONS, null, "edited", WorksheetChange.label("tool.weights") + ": " + entered.entrySet().stream()
                .map(e -> WorksheetChange.label("Criterion." + e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    /** The workspace's weights; equal ones, not stored, while nobody has saved any (so reading never writes). */
    private CriteriaWeights weights(Workspace workspace) {
        return options.findWeights(workspace).orElseGet(() -> new CriteriaWeights(workspace));
    }
}
