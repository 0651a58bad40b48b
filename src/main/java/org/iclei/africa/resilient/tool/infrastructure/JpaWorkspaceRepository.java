package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceInvitation;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;
import org.iclei.africa.resilient.tool.domain.WorkspaceStats;

/** {@link WorkspaceRepository} with the named queries of the workspace's entities, in the caller's transaction. */
@ApplicationScoped
public class JpaWorkspaceRepository implements WorkspaceRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Workspace> find(long id) {
        return Optional.ofNullable(em.find(Workspace.class, id));
    }

    @Override
    public Optional<Workspace> findByMunicipality(Municipality municipality) {
        return em.createNamedQuery("Workspace.findByMunicipality", Workspace.class).setParameter("municipality", municipality)
                .getResultStream().findFirst();
    }

    @Override
    public List<Workspace> findAll() {
        return em.createNamedQuery("Workspace.findAll", Workspace.class).getResultList();
    }

    @Override
    public void add(Workspace workspace) {
        em.persist(workspace);
    }

    /** The database deletes the workspace's rows with it (ON DELETE CASCADE), behind the persistence context: it is cleared. */
    @Override
    public void remove(Workspace workspace) {
        em.remove(workspace);
        em.flush();
        em.clear();
    }

    @Override
    public void lock(Workspace workspace) {
        em.find(Workspace.class, workspace.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<WorkspaceMember> findMemberByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("WorkspaceMember.findByEmail", WorkspaceMember.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    @Override
    public Optional<WorkspaceMember> findMember(long id) {
        return Optional.ofNullable(em.find(WorkspaceMember.class, id));
    }

    @Override
    public List<WorkspaceMember> members(Workspace workspace) {
        return em.createNamedQuery("WorkspaceMember.findByWorkspace", WorkspaceMember.class).setParameter("workspace", workspace)
                .getResultList();
    }

    @Override
    public List<WorkspaceMember> members(Workspace workspace, MemberRole role) {
        return em.createNamedQuery("WorkspaceMember.findByRole", WorkspaceMember.class).setParameter("workspace", workspace)
                .setParameter("role", role).getResultList();
    }

    @Override
    public long countMembers(Workspace workspace) {
        return em.createNamedQuery("WorkspaceMember.countByWorkspace", Long.class).setParameter("workspace", workspace).getSingleResult();
    }

    @Override
    public void addMember(WorkspaceMember member) {
        em.persist(member);
    }

    /** Written at once, so that the account may join a workspace again in the same transaction (one membership per account). */
    @Override
    public void removeMember(WorkspaceMember member) {
        em.remove(member);
        em.flush();
    }

    @Override
    public Optional<WorkspaceInvitation> findInvitation(long id) {
        return Optional.ofNullable(em.find(WorkspaceInvitation.class, id));
    }

    @Override
    public Optional<WorkspaceInvitation> findInvitationByHash(String hash) {
        return em.createNamedQuery("WorkspaceInvitation.findByHash", WorkspaceInvitation.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    @Override
    public List<WorkspaceInvitation> openInvitationsTo(String email, Instant now) {
        return em.createNamedQuery("WorkspaceInvitation.findOpenByEmail", WorkspaceInvitation.class).setParameter("email", email)
                .setParameter("now", now).getResultList();
    }

    @Override
    public List<WorkspaceInvitation> openInvitations(Workspace workspace, Instant now) {
        return em.createNamedQuery("WorkspaceInvitation.findOpenByWorkspace", WorkspaceInvitation.class).setParameter("workspace", workspace)
                .setParameter("now", now).getResultList();
    }

    @Override
    public long countInvitationsSince(Workspace workspace, Instant since) {
        return em.createNamedQuery("WorkspaceInvitation.countSince", Long.class).setParameter("workspace", workspace)
                .setParameter("since", since).getSingleResult();
    }

    @Override
    public void addInvitation(WorkspaceInvitation invitation) {
        em.persist(invitation);
    }

    @Override
    public void removeInvitation(WorkspaceInvitation invitation) {
        em.remove(invitation);
    }

    @Override
    public Map<Long, WorkspaceStats> stats() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("WorkspaceMember.countByWorkspaceAndRole", Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new long[2])[row[1] == MemberRole.PENDING ? 1 : 0] += ((Number) row[2]).longValue();
        }
        Map<Long, Instant> activity = new HashMap<>();
        for (Object[] row : em.createNamedQuery("WorksheetChange.lastByWorkspace", Object[].class).getResultList()) {
            activity.put((Long) row[0], (Instant) row[1]);
        }
        Set<Long> led = new HashSet<>(em.createNamedQuery("WorkspaceMember.workspacesWithActiveLead", Long.class)
                .setParameter("lead", MemberRole.LEAD).setParameter("active", AccountStatus.ACTIVE).getResultList());
        Set<Long> ids = new HashSet<>(counts.keySet());
        ids.addAll(activity.keySet());
        Map<Long, WorkspaceStats> stats = new HashMap<>();
        for (Long id : ids) {
            long[] c = counts.getOrDefault(id, new long[2]);
            stats.put(id, new WorkspaceStats(c[0], c[1], activity.get(id), led.contains(id)));
        }
        return stats;
    }

    @Override
    public void mergeInto(Workspace from, Workspace into) {
        em.flush();
        for (String duplicates : List.of("StepProgress.removeDuplicatesOf", "CheckTick.removeDuplicatesOf", "CriteriaWeights.removeDuplicatesOf")) {
            em.createNamedQuery(duplicates).setParameter("from", from).setParameter("into", into).executeUpdate();
        }
        for (String entity : List.of("WorkspaceMember", "WorkspaceInvitation", "Risk", "AdaptationOption", "PlanAction", "WorksheetRow",
                "WorksheetChange", "CheckTick", "StepProgress", "CriteriaWeights", "Evidence")) {
            em.createNamedQuery(entity + ".moveAll").setParameter("from", from).setParameter("into", into).executeUpdate();
        }
        em.clear();
        em.remove(em.find(Workspace.class, from.getId()));
        em.flush();
    }
}
