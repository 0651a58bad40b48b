package org.iclei.africa.resilient.accounts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountTokenRepository;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.accounts.domain.PasswordPolicy;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * What members do with their own account (profile, password; a new password ends the open reset and e-mail-change links). Confirming by hand, disabling and enabling
 * are in the back office ({@code admin.application.AccountAdministration}); trial and membership belong to the
 * municipality's workspace (tool module).
 */
@Stateless
public class AccountService {

    public static final String WRONG_PASSWORD = "account.password.wrong";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hasher;

    @Inject
    AccountTokenRepository tokens;


    @RolesAllowed({Role.MEMBER_NAME, Role.ADMIN_NAME})
    public Account updateProfile(String email, @Valid ProfileForm profile) {
        Account account = byEmail(email);
        account.describe(profile.fullName(), profile.jobTitle(), profile.phone());
        account.setLanguage(profile.language());
        return account;
    }

    /** The reminders by e-mail the member keeps (the others are switched off). */
    @RolesAllowed({Role.MEMBER_NAME, Role.ADMIN_NAME})
    public Account chooseReminders(String email, boolean trial, boolean review, boolean digest) {
        Account account = byEmail(email);
        account.chooseReminders(trial, review, digest);
        return account;
    }

    /** @throws BusinessException when the current password is wrong or the new one breaks the policy */
    @RolesAllowed({Role.MEMBER_NAME, Role.ADMIN_NAME})
    public void changePassword(String email, @Valid PasswordChangeForm change) {
        Account account = byEmail(email);
        if (change.current() == null || !hasher.matches(change.current(), account.getPasswordHash())) {
            throw new BusinessException(WRONG_PASSWORD);
        }
        List<String> weak = PasswordPolicy.check(change.replacement(), account.getEmail());
        if (!weak.isEmpty()) {
            throw new BusinessException(weak.get(0));
        }
        Instant now = Instant.now();
        account.changePassword(hasher.hash(change.replacement()), now);
        tokens.endCredentialLinks(account, now); // a reset or e-mail-change link mailed before no longer works
    }

    private Account byEmail(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new BusinessException("account.unknown"));
    }
}
