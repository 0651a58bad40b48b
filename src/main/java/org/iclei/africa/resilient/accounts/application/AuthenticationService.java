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
 * fifteen minutes that account is refused for fifteen minutes (then 30, 60, … at most a day: see
 * {@link LoginFailure}), even with the right password. A locked network address only refuses wrong passwords:
 * the right password of an account that is not itself locked is accepted, so that a guesser behind the same
 * address (a proxy, an office network) never locks out the owners of other accounts.
 * A wrong address and a wrong password get the same answer.
 */
@Stateless
public class AuthenticationService {

    /** How a sign-in went; only {@link #SIGNED_IN} lets the visitor in. */
    public enum Outcome { SIGNED_IN, INVALID, LOCKED, UNCONFIRMED, DISABLED }

    /** The outcome, with the account when the password was right, and the minutes to wait when {@link Outcome#LOCKED}. */
    public record Result(Outcome outcome, Account account, long waitMinutes) {

        Result(Outcome outcome, Account account) {
            this(outcome, account, 0);
        }
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
        if (byAccount.isLocked(now)) {
            return locked(byAccount, now);
        }
        Optional<Account> found = accounts.findByEmail(normalised);
        if (found.isEmpty() || password == null || !hasher.matches(password, found.get().getPasswordHash())) {
            if (found.isEmpty() && password != null) {
                hasher.hash(password); // the same work as a real check, so timing tells nothing
            }
            byAccount.fail(now);
            if (!byAddress.isLocked(now)) {
                byAddress.fail(now);
            }
            LoginFailure lock = byAccount.isLocked(now) ? byAccount : byAddress;
            return lock.isLocked(now) ? locked(lock, now) : new Result(Outcome.INVALID, null);
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

    private static Result locked(LoginFailure lock, Instant now) {
        return new Result(Outcome.LOCKED, null, lock.minutesLeft(now));
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
