package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.MunicipalityRepository;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * The back office's clean-ups of workspaces, each removing records: merging a municipality record that names the
 * same place as a workspace's into it, and removing the demo workspace. Both are audited; a merge into a workspace
 * opened before someone else's change is refused.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class WorkspaceCleanup {

    public static final String SAME_PLACE = "admin.workspaces.samePlace";
    public static final String OTHER_COUNTRY = "admin.workspaces.otherCountry";
    public static final String NOT_DEMO = "workspaces.notDemo";

    private static final String TYPE = "workspace";

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    MunicipalityRepository municipalities;

    /** Only for the demo lead's account, which the accounts module offers no other way to remove. */
    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    /**
     * Merges a municipality record that names the same place as the workspace's municipality into it: its
     * accounts name the kept municipality, its workspace's members, rows and history move into this workspace
     * (which takes the better access of the two), and the duplicate record goes.
     */
    public void merge(long keptWorkspaceId, Long version, long duplicateMunicipalityId) {
        Workspace kept = find(keptWorkspaceId);
        workspaces.lock(kept);
        audit.checkVersion(TYPE, keptWorkspaceId, kept.getVersion(), version);
        Municipality duplicate = municipalities.find(duplicateMunicipalityId)
                .orElseThrow(() -> new BusinessException(WorkspaceAdministration.NOT_FOUND));
        Municipality into = kept.getMunicipality();
        if (duplicate.equals(into)) {
            throw new BusinessException(SAME_PLACE);
        }
        if (!duplicate.getCountry().equals(into.getCountry())) {
            throw new BusinessException(OTHER_COUNTRY);
        }
        Changes changes = new Changes().field("merged municipality", duplicate.getName() + " (#" + duplicate.getId() + ")", null);
        workspaces.findByMunicipality(duplicate).ifPresent(other -> {
            Instant trial = kept.getTrialEndsAt();
            Instant since = kept.getMemberSince();
            Instant until = kept.getMemberUntil();
            kept.absorbAccess(other, Instant.now());
            changes.field("trialEndsAt", trial, kept.getTrialEndsAt())
                    .field("memberSince", since, kept.getMemberSince())
                    .field("memberUntil", until, kept.getMemberUntil());
            changes.field("members moved", null, workspaces.countMembers(other));
            workspaces.mergeInto(other, kept);
        });
        municipalities.moveAccounts(duplicate, into);
        municipalities.remove(duplicate);
        audit.record("workspace.merge", TYPE, keptWorkspaceId, into.getName(), changes);
    }

    /**
     * Removes a demo workspace with its rows, the demo lead's account and — when no other account names it —
     * its fictional municipality. Real workspaces cannot be removed. The schema deletes what belongs to the
     * workspace (rows, ticks, history, members, invitations) and to the account (its tokens) with them.
     */
    public void removeDemo(long id) {
        Workspace workspace = find(id);
        if (!workspace.isDemo()) {
            throw new BusinessException(NOT_DEMO);
        }
        String name = workspace.getName();
        // only the demo's own account goes; anyone else who joined keeps their account, without the workspace
        workspaces.members(workspace).stream().map(WorkspaceMember::getAccount)
                .filter(account -> account.getEmail().equals(Workspace.DEMO_LEAD_EMAIL)).forEach(accounts::remove);
        long municipalityId = workspace.getMunicipality().getId();
        workspaces.remove(workspace);
        municipalities.removeIfUnused(municipalityId);
        audit.record("workspace.removeDemo", TYPE, id, name, new Changes().field("workspace", name, null));
    }

    private Workspace find(long id) {
        return workspaces.find(id).orElseThrow(() -> new BusinessException(WorkspaceAdministration.NOT_FOUND));
    }
}
