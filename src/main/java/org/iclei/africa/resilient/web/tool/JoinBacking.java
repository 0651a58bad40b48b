package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.omnifaces.cdi.Param;

/**
 * /tool/join?token=…: the invitation mailed to someone who already has an account. Signed in (the
 * sign-in page brings them back here), they see what they are invited to and join with one button — only
 * when signed in with the invited address.
 */
@Named("join")
@RequestScoped
public class JoinBacking extends ToolPage {

    @Inject
    MembersService members;

    @Inject
    @Param
    String token;

    private MembersService.Invitation invitation;

    @PostConstruct
    void load() {
        invitation = members.invitation(token).orElse(null);
    }

    @Override
    String path() {
        return "/tool";
    }

    public void accept() {
        act(() -> members.accept(email(), token), "members.joined");
    }

    /** The invitation was sent to another address than the signed-in account's: it cannot be used (the service refuses it too). */
    public boolean isForAnotherAddress() {
        return invitation != null && !invitation.email().equalsIgnoreCase(email());
    }

    public MembersService.Invitation getInvitation() {
        return invitation;
    }

    public String getToken() {
        return token;
    }
}
