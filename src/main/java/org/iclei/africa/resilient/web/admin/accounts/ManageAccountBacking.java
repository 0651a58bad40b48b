package org.iclei.africa.resilient.web.admin.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.admin.application.AccountAdministration;
import org.iclei.africa.resilient.admin.domain.AuditEntry;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/accounts/account?id=N}: one account's details and what an administrator does with it. Each action
 * sends the version the page showed (a change made meanwhile is refused with who and when), and after it the page
 * is opened again (post-redirect-get) with the notice; a refusal stays on the page with its reason.
 */
@Named("adminAccount")
@ViewScoped
public class ManageAccountBacking extends AdminPage {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    @Param(name = "id")
    Long id;

    private Account account;
    private Long version;
    private List<AuditEntry> history = List.of();

    /** The account, or 404 for an unknown or missing id (the page's title asks for it first, before any output). */
    @PostConstruct
    void load() {
        try {
            if (id == null) {
                throw new BusinessException(AccountAdministration.NOT_FOUND);
            }
            account = administration.account(id);
            version = account.getVersion();
            history = administration.history(id);
        } catch (BusinessException e) {
            Faces.responseSendError(404, text(AccountAdministration.NOT_FOUND));
        }
    }

    public void confirm() throws IOException {
        run(() -> administration.confirmByHand(id, version), "admin.accounts.confirmed.done");
    }

    public void disable() throws IOException {
        run(() -> administration.disable(id, version), "admin.accounts.disabled");
    }

    public void enable() throws IOException {
        run(() -> administration.enable(id, version), "admin.accounts.enabled");
    }

    public void sendResetLink() throws IOException {
        run(() -> administration.sendResetLink(id), "admin.accounts.resetSent");
    }

    public void makeAdministrator() throws IOException {
        run(() -> administration.makeAdministrator(id, version), "admin.accounts.madeAdministrator");
    }

    public void removeAdministrator() throws IOException {
        run(() -> administration.removeAdministrator(id, version), "admin.accounts.removedAdministrator");
    }

    private void run(Runnable action, String doneKey) throws IOException {
        if (act(action, doneKey, account.getFullName(), account.getEmail())) {
            Faces.redirect(url());
        }
    }

    /** This page's own URL (to reload it). */
    public String url() {
        return Faces.getRequestContextPath() + "/admin/accounts/account?id=" + id;
    }

    /** A moment as the administrator writes it (empty for none). */
    public String when(Instant instant) {
        return instant == null ? "" : dateTime(instant);
    }

    /** The text of an audit action key ({@code audit.action.<action>}), or the key when it has none. */
    public String action(String action) {
        return text("audit.action." + action);
    }

    public Account getAccount() {
        return account;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }
}
