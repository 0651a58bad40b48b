package org.iclei.africa.resilient.web.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Currency;
import java.util.List;
import org.iclei.africa.resilient.tool.application.CurrencyService;
import org.iclei.africa.resilient.tool.application.MembersService;
import org.iclei.africa.resilient.tool.domain.Currencies;
import org.iclei.africa.resilient.tool.domain.MemberRole;
import org.iclei.africa.resilient.config.PortalSettings;
import org.iclei.africa.resilient.web.support.ClientAddress;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** The members of the workspace at /tool/members; its leads invite, change roles and remove, and choose the currency. */
@Named("members")
@RequestScoped
public class MembersBacking extends ToolPage {

    @Inject
    PortalSettings settings;

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

    @Inject
    CurrencyService currencies;

    @Inject
    @Param
    Long workspaceVersion;

    private MembersService.View view;
    private String inviteEmail;
    private MemberRole inviteRole = MemberRole.EDITOR;
    private String currency;

    /** A currency a lead may choose, with its name in the member's language. */
    public record Choice(String code, String label) {

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }

    @PostConstruct
    void load() {
        view = read(members::view);
        currency = view == null ? null : view.workspace().getCurrency();
    }

    @Override
    String path() {
        return "/tool/members";
    }

    public void invite() {
        act(() -> members.invite(email(), inviteEmail, inviteRole, ClientAddress.of(Faces.getRequest(), settings)), "members.invited");
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

    /** Keeps the workspace's budgets and costs in the chosen currency (leads; the page's version of the workspace). */
    public void chooseCurrency() {
        actOn(workspaceVersion, () -> currencies.choose(email(), currency, workspaceVersion), "currency.saved");
    }

    public List<Choice> getCurrencies() {
        return Currencies.CHOICES.stream().map(c -> new Choice(c, c + " — " + name(c))).toList();
    }

    private String name(String code) {
        try {
            return Currency.getInstance(code).getDisplayName(language.getLocale());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
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
