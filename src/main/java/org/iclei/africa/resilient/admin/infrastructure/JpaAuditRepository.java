package org.iclei.africa.resilient.admin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iclei.africa.resilient.admin.domain.AuditEntry;
import org.iclei.africa.resilient.admin.domain.AuditQuery;
import org.iclei.africa.resilient.admin.domain.AuditRepository;

/**
 * {@link AuditRepository} in the caller's transaction. Its filter has optional parts, so it is built with the
 * criteria API (a named query with "{@code :x is null or ...}" cannot be typed on PostgreSQL).
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(filter(cb, entry, query)).orderBy(cb.desc(entry.get("createdAt")), cb.desc(entry.get("id")));
        return em.createQuery(select).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.select(cb.count(entry)).where(filter(cb, entry, query));
        return em.createQuery(select).getSingleResult();
    }

    private static Predicate[] filter(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        contains(cb, entry, "actor", query.actor(), where);
        contains(cb, entry, "action", query.action(), where);
        if (query.recordType() != null && !query.recordType().isBlank()) {
            where.add(cb.equal(entry.get("recordType"), query.recordType()));
        }
        if (query.recordId() != null && !query.recordId().isBlank()) {
            where.add(cb.equal(entry.get("recordId"), query.recordId().strip()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("createdAt"), query.from()));
        }
        if (query.until() != null) {
            where.add(cb.lessThan(entry.get("createdAt"), query.until()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static void contains(CriteriaBuilder cb, Root<AuditEntry> entry, String attribute, String value, List<Predicate> where) {
        if (value != null && !value.isBlank()) {
            String pattern = "%" + value.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.like(cb.lower(entry.get(attribute)), pattern, '\\'));
        }
    }
}
