package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.omnifaces.cdi.Param;

/** The members of the workspace at /tool/members; its leads invite, change roles and remove. */
@Named("members")
@RequestScoped
public class MembersBacking extends ToolPage {

    @Inject
    MembersService members;

    @Inject
    @Param
    Long memberId;

    @Inject
    @Param
    MemberRole role;

    @Inject
    @Param
    Long invitationId;

    private MembersService.View view;
    private String inviteEmail;
    private MemberRole inviteRole = MemberRole.EDITOR;

    @PostConstruct
    void load() {
        view = read(members::view);
    }

    @Override
    String path() {
        return "/tool/members";
    }

    public void invite() {
        act(() -> members.invite(email(), inviteEmail, inviteRole), "members.invited");
    }

    /** Gives the posted member the posted role, one a lead can give. */
    public void changeRole() {
        actOn(role != null && MemberRole.ASSIGNABLE.contains(role) ? memberId : null, () -> members.changeRole(email(), memberId, role), "members.roleChanged");
    }

    public void remove() {
        actOn(memberId, () -> members.remove(email(), memberId), "members.removed");
    }

    public void withdraw() {
        actOn(invitationId, () -> members.withdraw(email(), invitationId), "members.withdrawn");
    }

    public MembersService.View getView() {
        return view;
    }

    /** The roles a lead can give (not "pending"). */
    public List<MemberRole> getRoles() {
        return MemberRole.ASSIGNABLE;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public MemberRole getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(MemberRole inviteRole) {
        this.inviteRole = inviteRole;
    }
}
