package org.iclei.africa.resilient.accounts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountToken;
import org.iclei.africa.resilient.accounts.domain.AccountTokenRepository;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.accounts.domain.PasswordPolicy;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.accounts.domain.TokenPurpose;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.mail.MailLimits;

/**
 * Password reset by e-mailed link (valid one hour, usable once; the answer to a request never says
 * whether the address exists), and e-mail change, asked for with the current password, told to the present
 * address and confirmed by a link sent to the new one. A reset ends every session of the account and every
 * other open link (reset, e-mail change) of it.
 */
@Stateless
public class PasswordResetService {

    public static final String INVALID_LINK = "reset.invalid";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hasher;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    AccountMails mails;

    @Inject
    MailLimits limits;

    /**
     * Mails a reset link (the newest link ends the older ones). Beyond the limit for the address no mail goes out and the
     * answer stays the same; beyond the client's limit, {@link MailLimits#TOO_MANY_FROM_CLIENT}.
     */
    public void requestReset(String email, String client) {
        String refused = limits.use("reset", email, client);
        if (MailLimits.TOO_MANY_FROM_CLIENT.equals(refused)) {
            throw new BusinessException(refused);
        }
        accounts.findByEmail(email)
                .filter(account -> refused == null && account.canSignIn())
                .ifPresent(this::mailResetLink);
    }

    /** An administrator sends the account's owner the same link as {@link #requestReset} does (the caller checks the account may sign in). */
    @RolesAllowed(Role.ADMIN_NAME)
    public void sendResetLink(Account account) {
        mailResetLink(account);
    }

    private void mailResetLink(Account account) {
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, Instant.now(), null);
        tokens.replaceOpen(issued.entity(), Instant.now());
        mails.send("reset", account, "/account/reset?token=" + issued.token());
    }

    /** Whether a reset link can still be used (to show the form or say it expired). */
    public boolean isUsable(String token) {
        return link(token, TokenPurpose.RESET_PASSWORD).isPresent();
    }

    /** @throws BusinessException {@link #INVALID_LINK} for a used, expired or unknown link, or a password-policy key */
    public void reset(@Valid PasswordResetForm form) {
        String password = form.password();
        AccountToken link = link(form.token(), TokenPurpose.RESET_PASSWORD).orElseThrow(() -> new BusinessException(INVALID_LINK));
        Account account = link.getAccount();
        List<String> weak = PasswordPolicy.check(password, account.getEmail());
        if (!weak.isEmpty()) {
            throw new BusinessException(weak.get(0));
        }
        Instant now = Instant.now();
        link.use(now);
        account.changePassword(hasher.hash(password), now);
        tokens.endCredentialLinks(account, now); // other reset links, and an e-mail change asked for by someone else
    }

    /**
     * With the current password: tells the present address that a change to the new one was asked for (with how to
     * stop it: a new password ends the link), and sends the confirmation link to the new address when no account
     * uses it. The answer is the same either way, so the form does not tell which addresses have an account.
     *
     * @throws BusinessException {@link AccountService#WRONG_PASSWORD} when the current password is missing or wrong
     */
    public void requestEmailChange(String currentEmail, @Valid EmailChangeForm change) {
        Account account = accounts.findByEmail(currentEmail).orElseThrow();
        if (change.currentPassword() == null || !hasher.matches(change.currentPassword(), account.getPasswordHash())) {
            throw new BusinessException(AccountService.WRONG_PASSWORD);
        }
        String normalised = Account.normaliseEmail(change.newEmail());
        mails.send("emailChangeNotice", account, "/account/forgot", normalised);
        if (accounts.findByEmail(normalised).isPresent()) {
            return; // taken (or the present address): nothing is sent to it, and the member gets the same answer
        }
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.CHANGE_EMAIL, Instant.now(), normalised);
        tokens.replaceOpen(issued.entity(), Instant.now());
        mails.send("emailChange", account.getLanguage(), account.getFullName(), "/account/email?token=" + issued.token(), normalised);
    }

    /** @return the new address, or empty when the link does not work (or the address was taken meanwhile) */
    public Optional<String> confirmEmailChange(String token) {
        Optional<AccountToken> found = link(token, TokenPurpose.CHANGE_EMAIL);
        if (found.isEmpty() || accounts.findByEmail(found.get().getNewEmail()).isPresent()
                || found.get().getAccount().getStatus() == AccountStatus.DISABLED) {
            return Optional.empty();
        }
        AccountToken link = found.get();
        link.use(Instant.now());
        link.getAccount().changeEmail(link.getNewEmail());
        return Optional.of(link.getNewEmail());
    }

    private Optional<AccountToken> link(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByToken(token).filter(t -> t.isUsable(purpose, Instant.now()));
    }

}
