package org.iclei.africa.resilient.tool.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.accounts.application.AccountDeleting;
import org.iclei.africa.resilient.accounts.application.PersonalData;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.domain.ChangeSummaries;
import org.iclei.africa.resilient.tool.domain.FormerMembers;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorkspaceInvitation;
import org.iclei.africa.resilient.tool.domain.WorkspaceMember;
import org.iclei.africa.resilient.tool.domain.WorkspaceRepository;

/**
 * The workspace's side of a member's data rights, in the caller's transaction: their membership, invitations and
 * history lines (in the account's language) for their export; on deletion, their rows stay with the workspace as "a
 * former member"'s and their membership goes. The last lead of a workspace with other members must hand over first. A
 * sole member's workspace is kept without members, for ICLEI Africa (an administrator can let a colleague in later).
 */
@ApplicationScoped
public class MemberDataRights {

    public static final String HAND_OVER_FIRST = "account.delete.handOver";

    @Inject
    WorkspaceRepository workspaces;

    @Inject
    FormerMembers formerMembers;

    @Inject
    StepService steps;

    void export(@Observes PersonalData data) {
        Optional<WorkspaceMember> membership = workspaces.findMemberByEmail(data.email());
        membership.ifPresent(member -> {
            Workspace workspace = member.getWorkspace();
            data.add("workspace", Json.createObjectBuilder().add("municipality", workspace.getName())
                    .add("role", member.getRole().name()).add("since", member.getCreatedAt().toString()));
            JsonArrayBuilder history = Json.createArrayBuilder();
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(data.language()));
            Map<Long, String> checkItems = steps.checkItemTexts(data.language());
            for (WorksheetChange change : formerMembers.changesBy(workspace, data.fullName())) {
                history.add(Json.createObjectBuilder().add("at", change.getCreatedAt().toString())
                        .add("worksheet", change.getWorksheet()).add("action", change.getAction())
                        .add("summary", ChangeSummaries.text(change, checkItems, bundle)));
            }
            data.add("history", history);
        });
        JsonArrayBuilder invitations = Json.createArrayBuilder();
        for (WorkspaceInvitation invitation : formerMembers.invitationsTo(data.email())) {
            invitations.add(Json.createObjectBuilder().add("workspace", invitation.getWorkspace().getName())
                    .add("role", invitation.getRole().name()).add("invitedBy", invitation.getInvitedBy())
                    .add("sentAt", invitation.getCreatedAt().toString()));
        }
        data.add("invitationsReceived", invitations);
    }

    void delete(@Observes AccountDeleting deleting) {
        Optional<WorkspaceMember> membership = workspaces.findMemberByEmail(deleting.email());
        if (membership.isPresent()) {
            WorkspaceMember member = membership.get();
            Workspace workspace = member.getWorkspace();
            workspaces.lock(workspace);
            boolean lastLead = member.getRole() == MemberRole.LEAD && workspaces.members(workspace, MemberRole.LEAD).size() == 1;
            if (lastLead && workspaces.countMembers(workspace) > 1) {
                throw new BusinessException(HAND_OVER_FIRST);
            }
            workspaces.removeMember(member);
            // rows are attributed by name: a colleague of the same name keeps them (they cannot be told apart)
            boolean namesake = workspaces.members(workspace).stream()
                    .anyMatch(other -> other.getAccount().getFullName().equalsIgnoreCase(deleting.fullName()));
            if (!namesake) {
                formerMembers.attributeToFormerMember(workspace, deleting.fullName(), deleting.email());
            }
        }
        formerMembers.removeInvitationsTo(deleting.email());
    }
}
