package org.iclei.africa.resilient.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountQuery;
import org.iclei.africa.resilient.accounts.domain.AccountRepository;
import org.iclei.africa.resilient.accounts.domain.AccountStatus;
import org.iclei.africa.resilient.accounts.domain.Municipality;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.Country;

/**
 * {@link AccountRepository} with the named queries of {@link Account}, in the caller's transaction. The back
 * office's list has optional filter parts, so it is built with the criteria API (a named query with
 * "{@code :x is null or ...}" cannot be typed on PostgreSQL); paging, sorting and counting happen in the database.
 */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Account> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public void remove(Account account) {
        em.remove(account);
    }

    @Override
    public long countByRole(Role role) {
        return em.createNamedQuery("Account.countByRole", Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public List<String> emailsByRoleAndStatus(Role role, AccountStatus status) {
        return em.createNamedQuery("Account.findEmailsByRoleAndStatus", String.class)
                .setParameter("role", role).setParameter("status", status).getResultList();
    }

    @Override
    public List<Account> search(AccountQuery query, AccountQuery.Sort sort, boolean ascending, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Account> select = cb.createQuery(Account.class);
        Root<Account> account = select.from(Account.class);
        // one query for the page: the municipality and its country come with each account (left: administrators have none)
        @SuppressWarnings("unchecked")
        Join<Account, Municipality> municipality = (Join<Account, Municipality>) account.<Account, Municipality>fetch("municipality", JoinType.LEFT);
        @SuppressWarnings("unchecked")
        Join<Municipality, Country> country = (Join<Municipality, Country>) municipality.<Municipality, Country>fetch("country", JoinType.LEFT);
        Expression<?> key = switch (sort == null ? AccountQuery.Sort.REGISTERED : sort) {
            case NAME -> account.get("fullName");
            case EMAIL -> account.get("email");
            case STATUS -> account.get("status");
            case REGISTERED -> account.get("createdAt");
        };
        Order byKey = ascending ? cb.asc(key) : cb.desc(key);
        Order byId = ascending ? cb.asc(account.get("id")) : cb.desc(account.get("id"));
        select.select(account).where(filter(cb, account, municipality, country, query)).orderBy(byKey, byId);
        return em.createQuery(select).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AccountQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<Account> account = select.from(Account.class);
        Join<Account, Municipality> municipality = null;
        Join<Municipality, Country> country = null;
        if (hasText(query.municipality()) || hasText(query.country())) {
            municipality = account.join("municipality", JoinType.LEFT);
            country = municipality.join("country", JoinType.LEFT);
        }
        select.select(cb.count(account)).where(filter(cb, account, municipality, country, query));
        return em.createQuery(select).getSingleResult();
    }

    @Override
    public List<Account> lockActiveAdministrators() {
        return em.createNamedQuery("Account.findByRoleAndStatus", Account.class)
                .setParameter("role", Role.ADMIN).setParameter("status", AccountStatus.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private static Predicate[] filter(CriteriaBuilder cb, Root<Account> account, From<?, Municipality> municipality,
            From<?, Country> country, AccountQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.kind() != null) {
            where.add(switch (query.kind()) {
                case ADMINISTRATORS -> cb.equal(account.get("role"), Role.ADMIN);
                case UNCONFIRMED -> cb.equal(account.get("status"), AccountStatus.UNCONFIRMED);
                case ACTIVE -> cb.equal(account.get("status"), AccountStatus.ACTIVE);
                case DISABLED -> cb.equal(account.get("status"), AccountStatus.DISABLED);
            });
        }
        if (hasText(query.country()) && country != null) {
            where.add(cb.equal(country.get("code"), query.country().strip().toUpperCase(Locale.ROOT)));
        }
        if (hasText(query.municipality()) && municipality != null) {
            where.add(cb.like(cb.lower(municipality.get("name")), pattern(query.municipality()), '\\'));
        }
        if (query.registeredFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(account.get("createdAt"), query.registeredFrom()));
        }
        if (query.registeredUntil() != null) {
            where.add(cb.lessThan(account.get("createdAt"), query.registeredUntil()));
        }
        if (hasText(query.text())) {
            String pattern = pattern(query.text());
            where.add(cb.or(cb.like(cb.lower(account.get("fullName")), pattern, '\\'),
                    cb.like(account.get("email"), pattern, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** "contains", without case, with the LIKE wildcards in the typed text taken literally (escape character: backslash). */
    static String pattern(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
