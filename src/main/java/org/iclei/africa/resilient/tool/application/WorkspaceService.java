package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iclei.africa.resilient.accounts.application.AccountConfirmed;
import org.iclei.africa.resilient.accounts.application.AccountMails;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.HeatMap;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.StepProgress;
import org.iclei.africa.resilient.tool.domain.StepStatus;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceInvitation;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;

/**
 * Workspaces and the step 3 worksheet. Every call starts from the signed-in account's e-mail and works
 * only in that account's own workspace: an id from another municipality is answered as "not found".
 * Viewers, and accounts whose trial has ended, read but cannot change anything.
 */
@Stateless
public class WorkspaceService {

    public static final String NO_WORKSPACE = "tool.noWorkspace";
    public static final String READ_ONLY = "tool.readOnly";
    public static final String ROW_NOT_FOUND = "tool.rowNotFound";
    public static final String CONFLICT = "tool.conflict";
    public static final String AWAITING_APPROVAL = "tool.awaitingApproval";
    static final String RISKS = "risks";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    Validator validator;

    @Inject
    WorkspaceChoice choice;

    @Inject
    AccountMails mails;

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

    /**
     * The first confirmed member of a municipality leads its new workspace. Someone who registered through
     * a lead's invitation joins with the role the lead chose and the access of the lead (no trial of their
     * own); other colleagues of the same municipality wait, as pending members, until a lead gives them a role.
     */
    public void onAccountConfirmed(@Observes AccountConfirmed event) {
        Account account = em.find(Account.class, event.accountId());
        if (account == null || account.getMunicipality() == null || membership(account.getEmail()).isPresent()) {
            return;
        }
        Instant now = Instant.now();
        Optional<WorkspaceInvitation> invitation = em.createNamedQuery("WorkspaceInvitation.findOpenByEmail", WorkspaceInvitation.class)
                .setParameter("email", account.getEmail()).setParameter("now", now).getResultStream()
                .filter(i -> i.getWorkspace().getMunicipality().equals(account.getMunicipality())).findFirst();
        if (invitation.isPresent()) {
            Workspace workspace = invitation.get().getWorkspace();
            invitation.get().accept(now);
            em.persist(new WorkspaceMember(workspace, account, invitation.get().getRole()));
            leads(workspace).stream().findFirst().ifPresent(lead -> account.followAccessOf(lead.getAccount(), now));
            return;
        }
        Optional<Workspace> existing = em.createNamedQuery("Workspace.findByMunicipality", Workspace.class)
                .setParameter("municipality", account.getMunicipality()).getResultStream().findFirst();
        if (existing.isPresent()) {
            // a colleague who was not invited waits until a lead lets them in; the leads are told by mail
            em.persist(new WorkspaceMember(existing.get(), account, MemberRole.PENDING));
            for (WorkspaceMember lead : leads(existing.get())) {
                mails.send("joinRequest", lead.getAccount().getLanguage(), account.getFullName() + " <" + account.getEmail() + ">",
                        "/tool/members", lead.getAccount().getEmail());
            }
        } else {
            Workspace workspace = new Workspace(account.getMunicipality(), false);
            em.persist(workspace);
            em.persist(new WorkspaceMember(workspace, account, MemberRole.LEAD));
        }
    }

    /** The leads of a workspace, the earliest first. */
    private List<WorkspaceMember> leads(Workspace workspace) {
        return em.createQuery("select m from WorkspaceMember m where m.workspace = :w and m.role = :lead order by m.id", WorkspaceMember.class)
                .setParameter("w", workspace).setParameter("lead", MemberRole.LEAD).getResultList();
    }

    public Optional<WorkspaceMember> membership(String email) {
        return em.createNamedQuery("WorkspaceMember.findByEmail", WorkspaceMember.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    public RisksView risks(String email) {
        WorkspaceMember member = member(email);
        Workspace workspace = member.getWorkspace();
        List<Risk> risks = em.createNamedQuery("Risk.findByWorkspace", Risk.class).setParameter("workspace", workspace).getResultList();
        boolean complete = progress(workspace, ProcessStep.IMPACTS_AND_RISKS).map(StepProgress::isCompleted).orElse(false);
        List<WorksheetChange> changes = em.createNamedQuery("WorksheetChange.recent", WorksheetChange.class)
                .setParameter("workspace", workspace).setMaxResults(10).getResultList();
        return new RisksView(workspace, member.getRole(), canEdit(member), StepStatus.of(complete, risks.size(), 0), risks,
                HeatMap.of(risks, Risk::getLikelihood, Risk::getConsequence), changes);
    }

    /** A risk of the member's own workspace, for editing. */
    public Risk risk(String email, long id) {
        Risk risk = em.find(Risk.class, id);
        if (risk == null || !risk.belongsTo(member(email).getWorkspace())) {
            throw new BusinessException(ROW_NOT_FOUND);
        }
        return risk;
    }

    /**
     * Adds a risk, or saves an edited one. An edit based on an older version than the stored one is
     * refused with {@link #CONFLICT} (who changed it, and when), so nobody overwrites a colleague unknowingly.
     */
    public Risk saveRisk(String email, RiskForm form) {
        Set<ConstraintViolation<RiskForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        WorkspaceMember member = editor(email);
        Risk risk;
        String action;
        if (form.getId() == null) {
            risk = new Risk(member.getWorkspace());
            action = "added";
        } else {
            risk = risk(email, form.getId());
            if (form.getVersion() == null || form.getVersion() != risk.getVersion()) {
                throw new BusinessException(CONFLICT, risk.getChangedBy(), risk.getUpdatedAt());
            }
            action = "edited";
        }
        risk.edit(form.getHazard(), form.getSector(), form.getImpact(), form.getLikelihood(), form.getConsequence(),
                form.isWithinMandate(), member.getAccount().getFullName());
        if (risk.isNew()) {
            em.persist(risk);
        }
        em.flush();
        record(member, risk.getId(), action, risk.summary());
        return risk;
    }

    public void deleteRisk(String email, long id, long version) {
        WorkspaceMember member = editor(email);
        Risk risk = risk(email, id);
        if (risk.getVersion() != version) {
            throw new BusinessException(CONFLICT, risk.getChangedBy(), risk.getUpdatedAt());
        }
        record(member, id, "deleted", risk.summary());
        em.remove(risk);
    }

    /** An editor marks a step complete, or reopens it. */
    public void markStep(String email, ProcessStep step, boolean complete) {
        WorkspaceMember member = editor(email);
        StepProgress progress = progress(member.getWorkspace(), step).orElseGet(() -> {
            StepProgress created = new StepProgress(member.getWorkspace(), step);
            em.persist(created);
            return created;
        });
        progress.mark(complete, member.getAccount().getFullName());
        recordChange(member, "steps", null, complete ? "completed" : "reopened", "step " + step.number());
    }

    private Optional<StepProgress> progress(Workspace workspace, ProcessStep step) {
        return em.createNamedQuery("StepProgress.find", StepProgress.class)
                .setParameter("workspace", workspace).setParameter("step", step.number()).getResultStream().findFirst();
    }

    private void record(WorkspaceMember member, Long rowId, String action, String summary) {
        recordChange(member, RISKS, rowId, action, summary);
    }

    /** Adds a line to the workspace's history of changes. */
    public void recordChange(WorkspaceMember member, String worksheet, Long rowId, String action, String summary) {
        em.persist(new WorksheetChange(member.getWorkspace(), member.getAccount().getFullName(), worksheet, rowId, action, summary));
    }

    /**
     * The signed-in account's membership; {@link #NO_WORKSPACE} when it has none. An administrator who is
     * not a member reads the workspace chosen on the workspaces page, as a viewer that is never stored.
     */
    public WorkspaceMember member(String email) {
        Optional<WorkspaceMember> membership = membership(email);
        if (membership.isPresent()) {
            if (!membership.get().getRole().canRead()) {
                throw new BusinessException(AWAITING_APPROVAL);
            }
            return membership.get();
        }
        Long chosen = chosenWorkspace();
        if (chosen != null) {
            Optional<Account> account = accounts.findByEmail(email);
            Workspace workspace = em.find(Workspace.class, chosen);
            if (workspace != null && account.isPresent() && account.get().getRole() == Role.ADMIN) {
                return new WorkspaceMember(workspace, account.get(), MemberRole.VIEWER);
            }
        }
        throw new BusinessException(NO_WORKSPACE);
    }

    private Long chosenWorkspace() {
        try {
            return choice.getWorkspaceId();
        } catch (ContextNotActiveException e) {
            return null; // no browser session (a test, a background task)
        }
    }

    /** The membership of an account that may edit now; {@link #READ_ONLY} for viewers and ended trials. */
    public WorkspaceMember editor(String email) {
        WorkspaceMember member = member(email);
        if (!canEdit(member)) {
            throw new BusinessException(READ_ONLY);
        }
        return member;
    }

    public static boolean canEdit(WorkspaceMember member) {
        return member.getRole().canEdit() && member.getAccount().state(Instant.now()).canEdit();
    }
}
