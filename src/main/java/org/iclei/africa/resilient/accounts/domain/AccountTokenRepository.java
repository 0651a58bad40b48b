package org.iclei.africa.resilient.accounts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The e-mailed single-use links, found by the hash of their token. */
public interface AccountTokenRepository {

    /** The link whose token is {@code token} (hashed here; only hashes are stored). */
    Optional<AccountToken> findByToken(String token);

    void add(AccountToken token);

    /** The links of {@code account} for {@code purpose} that were not used yet (expired ones included). */
    List<AccountToken> findOpen(Account account, TokenPurpose purpose);

    /**
     * Ends every open password-reset and e-mail-change link of {@code account}: called when its password
     * changes (by the owner or by a reset), so that a link mailed before cannot be used afterwards.
     */
    default void endCredentialLinks(Account account, Instant now) {
        for (TokenPurpose purpose : new TokenPurpose[] {TokenPurpose.RESET_PASSWORD, TokenPurpose.CHANGE_EMAIL}) {
            findOpen(account, purpose).forEach(link -> link.use(now));
        }
    }

    /**
     * Adds a new link and withdraws the open ones of the same account and purpose, so that each account has at
     * most one working link of each kind (a new reset link ends the older one).
     */
    default void replaceOpen(AccountToken token, Instant now) {
        findOpen(token.getAccount(), token.getPurpose()).forEach(open -> open.withdraw(now));
        add(token);
    }

    /** Deletes the links used, or expired, before {@code before} (the retention purge); returns how many. */
    int removeSpentBefore(java.time.Instant before);
}
