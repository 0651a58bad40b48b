package org.iclei.africa.resilient.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;
import org.iclei.africa.resilient.accounts.domain.RandomSecrets;
import org.iclei.africa.resilient.accounts.domain.Role;

/** Makes sure the portal always has an administrator who can sign in to the back office. */
@Stateless
public class AdministratorService {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hasher;

    /**
     * Creates the first administrator when there is none.
     *
     * @param email    the administrator's e-mail address
     * @param password the password to give, or empty to generate one
     * @return the generated password, present only when an administrator was created without a given password
     */
    public FirstAdministrator ensureAdministrator(String email, Optional<String> password) {
        long administrators = accounts.countByRole(Role.ADMIN);
        if (administrators > 0) {
            return FirstAdministrator.EXISTING;
        }
        String chosen = password.orElseGet(() -> RandomSecrets.password(20));
        accounts.add(new Account(email, "Administrator", hasher.hash(chosen), Role.ADMIN, AccountStatus.ACTIVE, "en"));
        return password.isPresent()
                ? new FirstAdministrator(true, Account.normaliseEmail(email), Optional.empty())
                : new FirstAdministrator(true, Account.normaliseEmail(email), Optional.of(chosen));
    }

    /** The e-mail addresses of the administrators who can sign in, for notices from the portal. */
    public List<String> administratorEmails() {
        return accounts.emailsByRoleAndStatus(Role.ADMIN, AccountStatus.ACTIVE);
    }

    /** What {@link #ensureAdministrator} did. */
    public record FirstAdministrator(boolean created, String email, Optional<String> generatedPassword) {
        static final FirstAdministrator EXISTING = new FirstAdministrator(false, null, Optional.empty());
    }
}
