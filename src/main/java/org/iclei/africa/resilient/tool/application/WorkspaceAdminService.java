package org.iclei.africa.resilient.tool.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.Workspace;

/** Administrators' view of all workspaces: open any of them read-only, and remove the demo workspace. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class WorkspaceAdminService {

    public static final String NOT_DEMO = "workspaces.notDemo";

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkspaceChoice choice;

    public record Summary(long id, String name, String country, boolean demo, long members) {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getCountry() {
            return country;
        }

        public boolean isDemo() {
            return demo;
        }

        public long getMembers() {
            return members;
        }
    }

    public List<Summary> workspaces() {
        return em.createQuery("select w from Workspace w order by w.name", Workspace.class).getResultList().stream()
                .map(w -> new Summary(w.getId(), w.getName(), w.getMunicipality().getCountry().getCode(), w.isDemo(),
                        em.createNamedQuery("WorkspaceMember.countByWorkspace", Long.class).setParameter("workspace", w).getSingleResult()))
                .toList();
    }

    /** The administrator reads this workspace (read-only) on the tool's pages until they choose another. */
    public void open(long workspaceId) {
        if (em.find(Workspace.class, workspaceId) == null) {
            throw new BusinessException(WorkspaceService.ROW_NOT_FOUND);
        }
        choice.setWorkspaceId(workspaceId);
    }

    public Long opened() {
        return choice.getWorkspaceId();
    }

    /**
     * Removes a demo workspace with its rows, the demo lead's account and — when no other account names it —
     * its fictional municipality. Real workspaces cannot be removed here.
     */
    public void removeDemo(long workspaceId) {
        Workspace workspace = em.find(Workspace.class, workspaceId);
        if (workspace == null) {
            throw new BusinessException(WorkspaceService.ROW_NOT_FOUND);
        }
        if (!workspace.isDemo()) {
            throw new BusinessException(NOT_DEMO);
        }
        // only the demo's own account goes; anyone else who joined keeps their account, without the workspace
        List<Account> accounts = em.createQuery("select m.account from WorkspaceMember m where m.workspace = :w and m.account.email = :demo",
                Account.class).setParameter("w", workspace).setParameter("demo", Workspace.DEMO_LEAD_EMAIL).getResultList();
        Municipality municipality = workspace.getMunicipality();
        for (String table : List.of("WorksheetRow", "CheckTick", "WorksheetChange", "StepProgress", "PlanAction", "AdaptationOption",
                "Risk", "CriteriaWeights", "WorkspaceInvitation", "WorkspaceMember")) {
            em.createQuery("delete from " + table + " x where x.workspace = :w").setParameter("w", workspace).executeUpdate();
        }
        em.remove(workspace);
        for (Account account : accounts) {
            em.createQuery("delete from AccountToken t where t.account = :a").setParameter("a", account).executeUpdate();
            em.remove(account);
        }
        em.flush();
        long others = em.createQuery("select count(a) from Account a where a.municipality = :m", Long.class).setParameter("m", municipality)
                .getSingleResult();
        if (others == 0) {
            em.remove(municipality);
        }
        if (Long.valueOf(workspaceId).equals(choice.getWorkspaceId())) {
            choice.setWorkspaceId(null);
        }
    }
}
