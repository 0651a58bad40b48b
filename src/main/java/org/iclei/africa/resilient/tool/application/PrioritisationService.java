package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.AdaptationOptionRepository;
import org.iclei.africa.resilient.tool.domain.CriteriaWeights;
import org.iclei.africa.resilient.tool.domain.Criterion;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.tool.domain.EvidenceRepository;
import org.iclei.africa.resilient.tool.domain.PlanActionRepository;
import org.iclei.africa.resilient.tool.domain.Ranking;
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
    static final String OPTIONS = "options";

    @Inject
    MemberAccess access;

    @Inject
    AdaptationOptionRepository options;

    @Inject
    PlanActionRepository actions;

    @Inject
    EvidenceRepository evidence;

    @Inject
    ChangeLog changeLog;

    @Inject
    Validator validator;

    /** What the signed-in member sees of prioritisation. */
    public record View(boolean canEdit, List<AdaptationOption> options, Map<Criterion, Integer> weights, long weightsVersion,
            List<Ranking.Ranked> ranking) {

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
        return new View(member.canEdit(Instant.now()), all, weights.entered(), weights.isNew() ? 0 : weights.getVersion(), ranking);
    }

    public AdaptationOption option(String email, long id) {
        return EditableRow.of(access.member(email).getWorkspace(), options.find(id));
    }

    public AdaptationOption saveOption(String email, OptionForm form) {
        Set<ConstraintViolation<OptionForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        WorkspaceMember member = access.editor(email);
        AdaptationOption option;
        if (form.getId() == null) {
            option = new AdaptationOption(member.getWorkspace());
        } else {
            option = option(email, form.getId());
            option.checkVersion(form.getVersion());
        }
        String by = member.getAccount().getFullName();
        option.describe(form.getName(), form.getRisksAddressed(), form.getType(), form.getLeadDepartment(), form.getBuildsOn(), by);
        option.score(form.getScores(), by);
        options.save(option);
        changeLog.record(member, OPTIONS, option.getId(), form.getId() == null ? "added" : "edited", option.getName());
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
