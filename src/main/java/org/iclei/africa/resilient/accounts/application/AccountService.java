package org.iclei.africa.resilient.accounts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.accounts.domain.PasswordPolicy;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * What members do with their own account (profile, password, membership request) and what
 * administrators do with any account's trial (grant membership, extend or end a trial). Confirming by hand,
 * disabling and enabling are in the back office ({@code admin.application.AccountAdministration}).
 */
@Stateless
public class AccountService {

    public static final String WRONG_PASSWORD = "account.password.wrong";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hasher;

    @Inject
    AccountMails mails;

    @Inject
    AdministratorService administrators;

    @RolesAllowed({Role.MEMBER_NAME, Role.ADMIN_NAME})
    public Account updateProfile(String email, @Valid ProfileForm profile) {
        Account account = byEmail(email);
        account.describe(profile.fullName(), profile.jobTitle(), profile.phone());
        account.setLanguage(profile.language());
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
        account.changePassword(hasher.hash(change.replacement()), Instant.now());
    }

    /** A member whose trial ended asks the administrators for membership (one mail to each). */
    @RolesAllowed({Role.MEMBER_NAME, Role.ADMIN_NAME})
    public void requestMembership(String email) {
        Account account = byEmail(email);
        account.requestMembership(Instant.now());
        String municipality = account.getMunicipality() == null ? "-" : account.getMunicipality().getName();
        for (String admin : administrators.administratorEmails()) {
            mails.send("membershipRequest", "en", account.getFullName() + " (" + account.getEmail() + ", " + municipality + ")",
                    "/admin", admin);
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void grantMembership(long accountId) {
        find(accountId).grantMembership(Instant.now());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void extendTrial(long accountId, int days) {
        find(accountId).extendTrial(Duration.ofDays(days), Instant.now());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void endTrial(long accountId) {
        find(accountId).endTrial(Instant.now());
    }

    private Account find(long id) {
        return accounts.find(id).orElseThrow(() -> new BusinessException("account.unknown"));
    }

    private Account byEmail(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new BusinessException("account.unknown"));
    }
}
