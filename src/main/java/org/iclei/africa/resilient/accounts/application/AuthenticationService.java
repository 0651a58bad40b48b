package org.iclei.africa.resilient.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.LoginFailure;
import org.iclei.africa.resilient.accounts.domain.LoginFailureRepository;
import org.iclei.africa.resilient.accounts.domain.PasswordHashing;

/**
 * Checks a sign-in. Failures are counted per account and per network address; after five within
 * fifteen minutes that account or address is refused for fifteen minutes, even with the right password.
 * A wrong address and a wrong password get the same answer.
 */
@Stateless
public class AuthenticationService {

    /** How a sign-in went; only {@link #SIGNED_IN} lets the visitor in. */
    public enum Outcome { SIGNED_IN, INVALID, LOCKED, UNCONFIRMED, DISABLED }

    /** The outcome, with the account when the password was right. */
    public record Result(Outcome outcome, Account account) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing hasher;

    @Inject
    LoginFailureRepository failures;

    public Result authenticate(String email, String password, String address) {
        Instant now = Instant.now();
        String normalised = Account.normaliseEmail(email == null ? "" : email);
        LoginFailure byAccount = failuresOf("account:" + normalised, now);
        LoginFailure byAddress = failuresOf("address:" + address, now);
        if (byAccount.isLocked(now) || byAddress.isLocked(now)) {
            return new Result(Outcome.LOCKED, null);
        }
        Optional<Account> found = accounts.findByEmail(normalised);
        if (found.isEmpty() || password == null || !hasher.matches(password, found.get().getPasswordHash())) {
            if (found.isEmpty() && password != null) {
                hasher.hash(password); // the same work as a real check, so timing tells nothing
            }
            byAccount.fail(now);
            byAddress.fail(now);
            return new Result(byAccount.isLocked(now) || byAddress.isLocked(now) ? Outcome.LOCKED : Outcome.INVALID, null);
        }
        Account account = found.get();
        if (account.getStatus() == AccountStatus.DISABLED) {
            return new Result(Outcome.DISABLED, null);
        }
        if (account.getStatus() == AccountStatus.UNCONFIRMED) {
            return new Result(Outcome.UNCONFIRMED, null);
        }
        failures.remove(byAccount);
        return new Result(Outcome.SIGNED_IN, account);
    }

    /** The account of a signed-in e-mail address, for pages and for checking that a session is still valid. */
    public Optional<Account> account(String email) {
        return accounts.findByEmail(email);
    }

    private LoginFailure failuresOf(String key, Instant now) {
        String bounded = key.length() > 100 ? key.substring(0, 100) : key;
        return failures.findByKey(bounded).orElseGet(() -> {
            LoginFailure created = new LoginFailure(bounded, now);
            failures.add(created);
            return created;
        });
    }
}
