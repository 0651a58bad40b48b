package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.iclei.africa.resilient.accounts.application.AccountConfirmed;
import org.iclei.africa.resilient.accounts.application.PasswordResetService;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountQuery;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.admin.domain.AuditEntry;
import org.iclei.africa.resilient.admin.domain.AuditQuery;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryRepository;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * The back office's accounts: the list (paged, sorted and counted in the database) and what an administrator
 * does with one account — confirm its address by hand, disable or enable it, send it a password-reset link, make
 * it an administrator or take that role away. The portal never loses its last active administrator: the active
 * administrators' rows are locked before they are counted, so two such changes at the same time cannot both pass.
 * Every change is checked against the version the administrator saw and written to the audit log.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

    public static final String RECORD_TYPE = "account";
    /** The change would leave no active administrator. */
    public static final String LAST_ADMINISTRATOR = "admin.accounts.lastAdministrator";
    public static final String ALREADY_CONFIRMED = "admin.accounts.alreadyConfirmed";
    public static final String OWN_ACCOUNT = "admin.accounts.ownAccount";
    public static final String NOT_ACTIVE = "admin.accounts.notActive";
    public static final String ALREADY_DISABLED = "admin.accounts.alreadyDisabled";
    public static final String NOT_DISABLED = "admin.accounts.notDisabled";
    public static final String ALREADY_ADMINISTRATOR = "admin.accounts.alreadyAdministrator";
    public static final String NOT_ADMINISTRATOR = "admin.accounts.notAdministrator";
    public static final String NOT_FOUND = "admin.notFound";

    @Resource
    SessionContext context;

    @Inject
    AccountRepository accounts;

    @Inject
    CountryRepository countries;

    @Inject
    PasswordResetService passwordResets;


    @Inject
    AuditLog audit;

    @Inject
    Event<AccountConfirmed> confirmed;

    /** One page of the matching accounts, with their municipality and country. */
    public List<Account> search(AccountQuery query, AccountQuery.Sort sort, boolean ascending, int first, int max) {
        return accounts.search(query, sort, ascending, first, max);
    }

    public long count(AccountQuery query) {
        return accounts.count(query);
    }

    /** @throws BusinessException {@link #NOT_FOUND} */
    public Account account(long id) {
        return find(id);
    }

    /** The latest back-office changes of the account, newest first (at most 20). */
    public List<AuditEntry> history(long id) {
        return audit.search(AuditQuery.ofRecord(RECORD_TYPE, id), 0, 20);
    }

    /** The countries to filter by. */
    public List<Country> countries() {
        return countries.all();
    }

    /**
     * Confirms an unconfirmed address by hand, as the owner's link would: the account can sign in, and
     * {@link AccountConfirmed} is fired, so that the municipality's workspace is set up as usual.
     */
    public void confirmByHand(long id, Long version) {
        Account account = edit(id, version);
        if (account.getStatus() != AccountStatus.UNCONFIRMED) {
            throw new BusinessException(ALREADY_CONFIRMED);
        }
        account.confirm(Instant.now());
        confirmed.fire(new AccountConfirmed(id));
        audit.record("account.confirm", RECORD_TYPE, id, label(account), new Changes()
                .field("status", AccountStatus.UNCONFIRMED, account.getStatus())
                .field("confirmedAt", null, account.getConfirmedAt()));
    }

    /** The account can no longer sign in, and its open sessions end at their next request. */
    public void disable(long id, Long version) {
        lockAdministrators();
        Account account = edit(id, version);
        if (account.getStatus() == AccountStatus.DISABLED) {
            throw new BusinessException(ALREADY_DISABLED);
        }
        if (account.getEmail().equals(callerEmail())) {
            throw new BusinessException(OWN_ACCOUNT);
        }
        if (isActiveAdministrator(account)) {
            requireAnotherAdministrator(account);
        }
        AccountStatus before = account.getStatus();
        account.disable();
        audit.record("account.disable", RECORD_TYPE, id, label(account), new Changes().field("status", before, account.getStatus()));
    }

    /** Back to active, or unconfirmed when its address was never confirmed. */
    public void enable(long id, Long version) {
        Account account = edit(id, version);
        if (account.getStatus() != AccountStatus.DISABLED) {
            throw new BusinessException(NOT_DISABLED);
        }
        account.enable();
        audit.record("account.enable", RECORD_TYPE, id, label(account), new Changes().field("status", AccountStatus.DISABLED, account.getStatus()));
    }

    /** Mails the owner of an active account the same password-reset link as "Forgot your password?" does. */
    public void sendResetLink(long id) {
        Account account = find(id);
        if (account.getStatus() != AccountStatus.ACTIVE) {
            throw new BusinessException(NOT_ACTIVE);
        }
        passwordResets.sendResetLink(account);
        audit.record("account.sendResetLink", RECORD_TYPE, id, label(account), new Changes());
    }

    /** An active account becomes an administrator (from its next sign-in: its open sessions end). */
    public void makeAdministrator(long id, Long version) {
        Account account = edit(id, version);
        if (account.getRole() == Role.ADMIN) {
            throw new BusinessException(ALREADY_ADMINISTRATOR);
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            throw new BusinessException(NOT_ACTIVE);
        }
        account.changeRole(Role.ADMIN, Instant.now());
        audit.record("account.makeAdministrator", RECORD_TYPE, id, label(account), new Changes().field("role", Role.MEMBER, Role.ADMIN));
    }

    /**
     * An administrator becomes a member again (its open sessions end) — never the last active administrator,
     * whoever asks, themselves included.
     */
    public void removeAdministrator(long id, Long version) {
        lockAdministrators();
        Account account = edit(id, version);
        if (account.getRole() != Role.ADMIN) {
            throw new BusinessException(NOT_ADMINISTRATOR);
        }
        if (isActiveAdministrator(account)) {
            requireAnotherAdministrator(account);
        }
        account.changeRole(Role.MEMBER, Instant.now());
        audit.record("account.removeAdministrator", RECORD_TYPE, id, label(account), new Changes().field("role", Role.ADMIN, Role.MEMBER));
    }

    /** Locks the active administrators' rows until the transaction ends; returns them as they are now. */
    private List<Account> lockAdministrators() {
        return accounts.lockActiveAdministrators();
    }

    private void requireAnotherAdministrator(Account account) {
        boolean another = lockAdministrators().stream().anyMatch(a -> !a.getId().equals(account.getId()));
        if (!another) {
            throw new BusinessException(LAST_ADMINISTRATOR);
        }
    }

    private static boolean isActiveAdministrator(Account account) {
        return account.getRole() == Role.ADMIN && account.getStatus() == AccountStatus.ACTIVE;
    }

    /** The account, refused when it changed since the administrator's page showed {@code version}. */
    private Account edit(long id, Long version) {
        Account account = find(id);
        audit.checkVersion(RECORD_TYPE, id, account.getVersion(), version);
        return account;
    }

    private Account find(long id) {
        return accounts.find(id).orElseThrow(() -> new BusinessException(NOT_FOUND));
    }

    private String callerEmail() {
        return Account.normaliseEmail(context.getCallerPrincipal().getName());
    }

    static String label(Account account) {
        return account.getFullName() + " <" + account.getEmail() + ">";
    }
}
