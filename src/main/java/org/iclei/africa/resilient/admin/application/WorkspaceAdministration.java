package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.MunicipalityRepository;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceAccess;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;
import org.iclei.africa.resilient.tool.domain.WorkspaceStats;

/**
 * Municipalities and their workspaces in the back office: the table of workspaces; a workspace's access
 * (grant or end membership, extend or end the trial — for all its members at once); its members' roles; letting
 * in a colleague who waits when no lead can. Merging two municipality records of the same place and removing the
 * demo are {@link WorkspaceCleanup}'s. Every change is audited; a change to a workspace opened before someone else's
 * change is refused.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class WorkspaceAdministration {

    public static final String NOT_FOUND = "admin.notFound";
    public static final String BAD_UNTIL = "admin.workspaces.badUntil";
    public static final String BAD_DAYS = "admin.workspaces.badDays";
    public static final String HAS_LEAD = "admin.workspaces.hasLead";
    public static final String NOT_PENDING = "admin.workspaces.notPending";
    public static final String LAST_LEAD = "members.lastLead";
    public static final int MAX_EXTENSION_DAYS = 365;

    private static final String TYPE = "workspace";

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AuditLog audit;

    @Inject
    FiguresService figures;

    /** One line of the table of workspaces. */
    public record Row(long id, String name, Country country, boolean demo, WorkspaceAccess access, Instant accessDate,
            Instant requestedAt, WorkspaceStats stats, int stepReached) implements Serializable {

        /** The highest step in progress or complete (0: none started), as the dashboard's figure counts it. */
        public int getStepReached() {
            return stepReached;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public Country getCountry() {
            return country;
        }

        public boolean isDemo() {
            return demo;
        }

        public WorkspaceAccess getAccess() {
            return access;
        }

        public Instant getAccessDate() {
            return accessDate;
        }

        public Instant getRequestedAt() {
            return requestedAt;
        }

        public WorkspaceStats getStats() {
            return stats;
        }

        /** A colleague waits and no lead can let them in: an administrator should. */
        public boolean isWaitingWithoutLead() {
            return stats.pending() > 0 && !stats.activeLead();
        }
    }

    /** A workspace opened from the table: its access, members and the municipalities it could absorb. */
    public record Detail(Workspace workspace, Row row, List<WorkspaceMember> members, List<Municipality> mergeCandidates)
            implements Serializable {

        public Workspace getWorkspace() {
            return workspace;
        }

        public Row getRow() {
            return row;
        }

        public List<WorkspaceMember> getMembers() {
            return members;
        }

        public List<Municipality> getMergeCandidates() {
            return mergeCandidates;
        }
    }

    /** Every workspace, by name, with its figures. */
    public List<Row> workspaces() {
        Instant now = Instant.now();
        Map<Long, WorkspaceStats> stats = workspaces.stats();
        Map<Long, Integer> steps = figures.stepReachedPerWorkspace();
        return workspaces.findAll().stream()
                .map(w -> row(w, stats.getOrDefault(w.getId(), WorkspaceStats.NONE), steps.getOrDefault(w.getId(), 0), now)).toList();
    }

    public Detail detail(long id) {
        Workspace workspace = find(id);
        Instant now = Instant.now();
        Row row = row(workspace, workspaces.stats().getOrDefault(id, WorkspaceStats.NONE),
                figures.stepReachedPerWorkspace().getOrDefault(id, 0), now);
        List<Municipality> candidates = municipalities.inCountry(workspace.getMunicipality().getCountry().getCode()).stream()
                .filter(m -> !m.equals(workspace.getMunicipality())).sorted(Comparator.comparing(Municipality::getName)).toList();
        return new Detail(workspace, row, workspaces.members(workspace), candidates);
    }

    /** Grants membership to every member at once: without end ({@code until} null) or to the end of that day. */
    public void grantMembership(long id, Long version, LocalDate until) {
        Workspace workspace = opened(id, version);
        Instant now = Instant.now();
        Instant end = until == null ? null : until.atTime(LocalTime.MAX).atZone(ZoneId.systemDefault()).toInstant();
        if (end != null && !end.isAfter(now)) {
            throw new BusinessException(BAD_UNTIL);
        }
        changeAccess(workspace, "workspace.grantMembership", () -> workspace.grantMembership(now, end));
    }

    public void endMembership(long id, Long version) {
        Workspace workspace = opened(id, version);
        changeAccess(workspace, "workspace.endMembership", () -> workspace.endMembership(Instant.now()));
    }

    /** Adds 1 to 365 days to the trial, counted from its end or from now when it has ended. */
    public void extendTrial(long id, Long version, int days) {
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw new BusinessException(BAD_DAYS, MAX_EXTENSION_DAYS);
        }
        Workspace workspace = opened(id, version);
        changeAccess(workspace, "workspace.extendTrial", () -> workspace.extendTrial(Duration.ofDays(days), Instant.now()));
    }

    public void endTrial(long id, Long version) {
        Workspace workspace = opened(id, version);
        changeAccess(workspace, "workspace.endTrial", () -> workspace.endTrial(Instant.now()));
    }

    /** Gives a member another role; the workspace keeps at least one lead. */
    public void changeRole(long memberId, MemberRole role) {
        WorkspaceMember member = member(memberId);
        if (member.getRole() == MemberRole.PENDING || !MemberRole.ASSIGNABLE.contains(role)) {
            throw new BusinessException(NOT_PENDING);
        }
        workspaces.lock(member.getWorkspace());
        if (member.getRole() == MemberRole.LEAD && role != MemberRole.LEAD
                && workspaces.members(member.getWorkspace(), MemberRole.LEAD).size() <= 1) {
            throw new BusinessException(LAST_LEAD);
        }
        MemberRole before = member.getRole();
        member.setRole(role);
        audit.record("workspace.changeRole", TYPE, member.getWorkspace().getId(), member.getWorkspace().getName(),
                new Changes().field("role", member.getAccount().getEmail() + ": " + before, member.getAccount().getEmail() + ": " + role));
    }

    /**
     * Lets in a colleague who registered without an invitation and waits. Leads decide that; an administrator
     * does it only when the workspace has no lead who can sign in.
     */
    public void letIn(long memberId, MemberRole role) {
        WorkspaceMember member = member(memberId);
        if (member.getRole() != MemberRole.PENDING || !MemberRole.ASSIGNABLE.contains(role)) {
            throw new BusinessException(NOT_PENDING);
        }
        workspaces.lock(member.getWorkspace());
        boolean activeLead = workspaces.members(member.getWorkspace(), MemberRole.LEAD).stream()
                .anyMatch(lead -> lead.getAccount().canSignIn());
        if (activeLead) {
            throw new BusinessException(HAS_LEAD);
        }
        member.setRole(role);
        audit.record("workspace.letIn", TYPE, member.getWorkspace().getId(), member.getWorkspace().getName(),
                new Changes().field("role", member.getAccount().getEmail() + ": " + MemberRole.PENDING,
                        member.getAccount().getEmail() + ": " + role));
    }

    private void changeAccess(Workspace workspace, String action, Runnable change) {
        Instant trial = workspace.getTrialEndsAt();
        Instant since = workspace.getMemberSince();
        Instant until = workspace.getMemberUntil();
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw new BusinessException(BAD_UNTIL);
        }
        audit.record(action, TYPE, workspace.getId(), workspace.getName(), new Changes()
                .field("trialEndsAt", trial, workspace.getTrialEndsAt())
                .field("memberSince", since, workspace.getMemberSince())
                .field("memberUntil", until, workspace.getMemberUntil()));
    }

    private Workspace opened(long id, Long version) {
        Workspace workspace = find(id);
        workspaces.lock(workspace);
        audit.checkVersion(TYPE, id, workspace.getVersion(), version);
        return workspace;
    }

    private Workspace find(long id) {
        return workspaces.find(id).orElseThrow(() -> new BusinessException(NOT_FOUND));
    }

    private WorkspaceMember member(long id) {
        return workspaces.findMember(id).orElseThrow(() -> new BusinessException(NOT_FOUND));
    }

    private static Row row(Workspace w, WorkspaceStats stats, int stepReached, Instant now) {
        return new Row(w.getId(), w.getName(), w.getMunicipality().getCountry(), w.isDemo(), w.access(now), w.accessDate(now), w.getMembershipRequestedAt(), stats, stepReached);
    }
}
