package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.iclei.africa.resilient.tool.domain.EditableRow;
import org.iclei.africa.resilient.tool.domain.MemberRole;

/** The members of the workspace at /tool/members; its leads invite, change roles and remove. */
@Named("members")
@RequestScoped
public class MembersBacking extends ToolPage {

    @Inject
    MembersService members;

    @Inject
    HttpServletRequest request;

    private MembersService.View view;
    private String inviteEmail;
    private MemberRole inviteRole = MemberRole.EDITOR;

    @PostConstruct
    void load() {
        try {
            view = members.view(email());
        } catch (BusinessException e) {
            error(text(e));
        }
    }

    @Override
    String path() {
        return "/tool/members";
    }

    public void invite() throws IOException {
        act(() -> members.invite(email(), inviteEmail, inviteRole), "members.invited");
    }

    public void changeRole() throws IOException {
        Long id = idParameter(request.getParameter("memberId"));
        MemberRole role = role(request.getParameter("role"));
        if (id == null || role == null) {
            error(bundle().getString(EditableRow.ROW_NOT_FOUND));
            return;
        }
        act(() -> members.changeRole(email(), id, role), "members.roleChanged");
    }

    public void remove() throws IOException {
        Long id = idParameter(request.getParameter("memberId"));
        if (id == null) {
            error(bundle().getString(EditableRow.ROW_NOT_FOUND));
            return;
        }
        act(() -> members.remove(email(), id), "members.removed");
    }

    public void withdraw() throws IOException {
        Long id = idParameter(request.getParameter("invitationId"));
        if (id == null) {
            error(bundle().getString(EditableRow.ROW_NOT_FOUND));
            return;
        }
        act(() -> members.withdraw(email(), id), "members.withdrawn");
    }

    private static MemberRole role(String value) {
        for (MemberRole role : MemberRole.ASSIGNABLE) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
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
