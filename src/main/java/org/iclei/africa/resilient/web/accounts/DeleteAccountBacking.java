package org.iclei.africa.resilient.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.iclei.africa.resilient.accounts.application.AccountService;
import org.iclei.africa.resilient.accounts.application.DataRightsService;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.tool.application.MemberDataRights;
import org.omnifaces.util.Faces;

/**
 * The "Your data" section of /account: the consent date is shown by the page, the export is
 * {@link MyDataServlet}; this bean deletes the account after the password and an explicit confirmation, then ends
 * the session and lands on the home page with a notice. A last lead with colleagues is sent to hand over first.
 */
@Named("deleteAccount")
@RequestScoped
public class DeleteAccountBacking {

    @Inject
    SecurityContext security;

    @Inject
    DataRightsService dataRights;

    private String password;

    private boolean confirmed;

    private boolean handOver;

    public void delete() throws IOException, ServletException {
        try {
            dataRights.delete(security.getCallerPrincipal().getName(), password, confirmed);
        } catch (BusinessException e) {
            String key = e.getMessageKey();
            handOver = MemberDataRights.HAND_OVER_FIRST.equals(key);
            AccountTexts.refuse(AccountService.WRONG_PASSWORD.equals(key) ? "deletePassword"
                    : DataRightsService.CONFIRM_REQUIRED.equals(key) ? "deleteConfirm" : null, key);
            return;
        }
        HttpServletRequest request = Faces.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect(request.getContextPath() + "/?account=deleted");
    }

    /** The refusal was "hand over first": the page links to the members page. */
    public boolean isHandOver() {
        return handOver;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
