package org.iclei.africa.resilient.tool.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.application.AccountConfirmed;
import org.iclei.africa.resilient.accounts.application.AccountMails;
import org.iclei.africa.resilient.accounts.application.AccountSettings;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceInvitation;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * Where a newly confirmed account lands in the tool. The first confirmed member of a municipality leads its
 * new workspace, whose free trial starts then. Someone who registered through a lead's invitation joins with
 * the role the lead chose (access is the workspace's, shared by all its members); other colleagues of the same municipality wait, as
 * pending members, until a lead gives them a role.
 */
@Stateless
public class WorkspaceOnboarding {

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountMails mails;

    @Inject
    AccountSettings settings;

    /** Runs in the transaction that confirmed the account. */
    public void onAccountConfirmed(@Observes AccountConfirmed event) {
        Optional<Account> confirmed = accounts.find(event.accountId());
        if (confirmed.isEmpty() || confirmed.get().getMunicipality() == null
                || workspaces.findMemberByEmail(confirmed.get().getEmail()).isPresent()) {
            return;
        }
        Account account = confirmed.get();
        Instant now = Instant.now();
        Optional<WorkspaceInvitation> invitation = workspaces.openInvitationsTo(account.getEmail(), now).stream()
                .filter(i -> i.getWorkspace().getMunicipality().equals(account.getMunicipality())).findFirst();
        if (invitation.isPresent()) {
            Workspace workspace = invitation.get().getWorkspace();
            invitation.get().accept(now);
            workspaces.addMember(new WorkspaceMember(workspace, account, invitation.get().getRole()));
            return;
        }
        Optional<Workspace> existing = workspaces.findByMunicipality(account.getMunicipality());
        if (existing.isPresent()) {
            // a colleague who was not invited waits until a lead lets them in; the leads are told by mail
            workspaces.addMember(new WorkspaceMember(existing.get(), account, MemberRole.PENDING));
            for (WorkspaceMember lead : workspaces.members(existing.get(), MemberRole.LEAD)) {
                mails.send("joinRequest", lead.getAccount().getLanguage(), account.getFullName() + " <" + account.getEmail() + ">",
                        "/tool/members", lead.getAccount().getEmail());
            }
        } else {
            Workspace workspace = new Workspace(account.getMunicipality(), false, now, settings.trialLength());
            workspaces.add(workspace);
            workspaces.addMember(new WorkspaceMember(workspace, account, MemberRole.LEAD));
        }
    }
}
