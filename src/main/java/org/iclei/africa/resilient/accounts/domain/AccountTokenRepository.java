package org.iclei.africa.resilient.accounts.domain;

import java.util.Optional;

/** The e-mailed single-use links, found by the hash of their token. */
public interface AccountTokenRepository {

    /** The link whose token is {@code token} (hashed here; only hashes are stored). */
    Optional<AccountToken> findByToken(String token);

    void add(AccountToken token);

    /** Deletes the links used, or expired, before {@code before} (the retention purge); returns how many. */
    int removeSpentBefore(java.time.Instant before);
}
