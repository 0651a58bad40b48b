package org.iclei.africa.resilient.accounts.domain;

import java.util.List;
import java.util.Optional;

/**
 * Every account the portal knows, looked up the one way: by the normalised e-mail address. This is the
 * only place that finds accounts; implemented with JPA in {@code accounts.infrastructure}.
 */
public interface AccountRepository {

    /** The account of an e-mail address written in any case and with any surrounding blanks; empty for {@code null}. */
    Optional<Account> findByEmail(String email);

    Optional<Account> find(long id);

    void add(Account account);

    void remove(Account account);

    long countByRole(Role role);

    /** The addresses of the accounts with this role and status, in alphabetical order. */
    List<String> emailsByRoleAndStatus(Role role, AccountStatus status);
}
