package org.iclei.africa.resilient.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.AccountToken;
import org.iclei.africa.resilient.accounts.domain.AccountTokenRepository;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.MunicipalityRepository;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.accounts.domain.PasswordPolicy;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.accounts.domain.TokenPurpose;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryRepository;
import org.iclei.africa.resilient.shared.BusinessException;
import org.iclei.africa.resilient.shared.mail.MailLimits;

/**
 * Registration and e-mail confirmation. Registering an address that already has an account answers
 * exactly like a new registration, after the same work (the password is hashed either way, so the answer
 * takes as long), and mails its owner instead: nobody learns which addresses exist.
 */
@Stateless
public class RegistrationService {

    public static final String PASSWORD_MISMATCH = "register.password.mismatch";
    public static final String UNKNOWN_COUNTRY = "register.country.required";

    /** What a confirmation link did. */
    public enum Confirmation { CONFIRMED, ALREADY_CONFIRMED, INVALID }

    @Inject
    AccountRepository accounts;

    @Inject
    Validator validator;

    @Inject
    PasswordHashing hasher;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    CountryRepository countries;

    @Inject
    AccountMails mails;

    @Inject
    AccountSettings settings;

    @Inject
    Event<AccountConfirmed> confirmed;

    @Inject
    MailLimits limits;

    /**
     * @param client the network address the request came from (for the mail limits)
     * @return true when a new account was made; false when the address already had one (its owner is told by mail)
     * @throws BusinessException {@link MailLimits#TOO_MANY_FOR_ADDRESS} or {@link MailLimits#TOO_MANY_FROM_CLIENT} — the
     *                           same for a new and an existing address
     */
    public boolean register(RegistrationForm form, String client) {
        Set<ConstraintViolation<RegistrationForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!form.getPassword().equals(form.getPasswordConfirm())) {
            throw new BusinessException(PASSWORD_MISMATCH);
        }
        List<String> weak = PasswordPolicy.check(form.getPassword(), form.getEmail());
        if (!weak.isEmpty()) {
            throw new BusinessException(weak.get(0));
        }
        Country country = countries.findByCode(form.getCountry()).orElseThrow(() -> new BusinessException(UNKNOWN_COUNTRY));
        String email = Account.normaliseEmail(form.getEmail());
        limits.require("register", email, client);
        // the password is hashed for every address, so that an existing one is not told by a faster answer
        String passwordHash = hasher.hash(form.getPassword());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            mails.send("exists", existing.get(), "/login");
            return false;
        }
        Account account = new Account(email, form.getFullName().strip(), passwordHash,
                Role.MEMBER, AccountStatus.UNCONFIRMED, form.getLanguage());
        account.describe(form.getFullName(), form.getJobTitle(), form.getPhone());
        account.joinMunicipality(municipality(form.getMunicipality().strip(), country));
        account.consent(Instant.now());
        accounts.add(account);
        sendConfirmation(account);
        return true;
    }

    /**
     * Sends a new confirmation link to an unconfirmed account; says nothing about addresses that have none. Beyond the
     * limit for the address no mail goes out and nothing is said; beyond the client's limit, {@link MailLimits#TOO_MANY_FROM_CLIENT}.
     */
    public void resendConfirmation(String email, String client) {
        String refused = limits.use("register", email, client);
        if (MailLimits.TOO_MANY_FROM_CLIENT.equals(refused)) {
            throw new BusinessException(refused);
        }
        accounts.findByEmail(email)
                .filter(account -> refused == null)
                .filter(account -> account.getStatus() == AccountStatus.UNCONFIRMED)
                .ifPresent(this::sendConfirmation);
    }

    public Confirmation confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Confirmation.INVALID;
        }
        Optional<AccountToken> found = tokens.findByToken(token);
        Instant now = Instant.now();
        if (found.isEmpty()) {
            return Confirmation.INVALID;
        }
        AccountToken link = found.get();
        if (!link.isUsable(TokenPurpose.CONFIRM_EMAIL, now)) {
            return link.getPurpose() == TokenPurpose.CONFIRM_EMAIL && link.getUsedAt() != null
                    ? Confirmation.ALREADY_CONFIRMED : Confirmation.INVALID;
        }
        link.use(now);
        link.getAccount().confirm(now);
        confirmed.fire(new AccountConfirmed(link.getAccount().getId()));
        return Confirmation.CONFIRMED;
    }

    public List<Country> countries() {
        return countries.all();
    }

    public List<String> municipalityNames() {
        return municipalities.names();
    }

    private void sendConfirmation(Account account) {
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.CONFIRM_EMAIL, Instant.now(), null);
        tokens.replaceOpen(issued.entity(), Instant.now());
        mails.send("confirm", account, "/account/confirm?token=" + issued.token());
    }

    private Municipality municipality(String name, Country country) {
        return municipalities.findByNameAndCountry(name, country).orElseGet(() -> {
            Municipality created = new Municipality(name, country);
            municipalities.add(created);
            return created;
        });
    }

}
