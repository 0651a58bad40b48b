package org.iclei.africa.resilient.accounts.domain;

import java.util.List;
import java.util.Optional;

/**
 * Every account the portal knows, looked up by the normalised e-mail address (or, for the back office, listed
 * with a filter). This is the only place that finds accounts; implemented with JPA in {@code accounts.infrastructure}.
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

    /**
     * One page of the accounts that match, for the back office: sorted in the database, from {@code first}
     * (0-based), at most {@code max}, with their municipality and country.
     */
    List<Account> search(AccountQuery query, AccountQuery.Sort sort, boolean ascending, int first, int max);

    /** How many accounts match, counted in the database. */
    long count(AccountQuery query);

    /**
     * The active administrators, their rows locked until the end of the transaction (so that two administrators
     * removing each other's role at the same time cannot leave the portal without one).
     */
    List<Account> lockActiveAdministrators();
}
