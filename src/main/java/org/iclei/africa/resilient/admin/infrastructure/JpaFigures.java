package org.iclei.africa.resilient.admin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.iclei.africa.resilient.admin.domain.DownloadCount;
import org.iclei.africa.resilient.admin.domain.Figures;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.Worksheet;

/**
 * {@link Figures} with aggregate queries that the database answers (JPQL, and one SQL query whose
 * {@code cast(... as date)} both H2 and PostgreSQL understand), in the caller's transaction.
 */
@ApplicationScoped
public class JpaFigures implements Figures {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<LocalDate, Long> accountsCreatedPerDay(Instant since) {
        // Instants are stored as timestamps of the server's zone, as EclipseLink writes them
        List<?> rows = em.createNativeQuery("select cast(created_at as date), count(*) from account"
                        + " where created_at >= ?1 group by cast(created_at as date)")
                .setParameter(1, Timestamp.from(since)).getResultList();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            perDay.merge(day(columns[0]), ((Number) columns[1]).longValue(), Long::sum);
        }
        return perDay;
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value).substring(0, 10));
    }

    @Override
    public Map<Long, Set<Integer>> activeStepsPerWorkspace(boolean withDemo) {
        Map<Long, Set<Integer>> steps = new HashMap<>();
        for (Long id : em.createQuery("select w.id from Workspace w where w.demo = false or w.demo = :withDemo", Long.class)
                .setParameter("withDemo", withDemo).getResultList()) {
            steps.put(id, new HashSet<>());
        }
        pairs("select distinct p.workspace.id, p.step from StepProgress p where p.completed = true", steps);
        pairs("select distinct t.workspace.id, t.item.step from CheckTick t", steps);
        for (Object[] row : em.createQuery("select distinct r.workspace.id, r.worksheet from WorksheetRow r", Object[].class).getResultList()) {
            Worksheet.bySlug((String) row[1]).ifPresent(sheet -> add(steps, row[0], sheet.step().number()));
        }
        single("select distinct r.workspace.id from Risk r", ProcessStep.IMPACTS_AND_RISKS, steps);
        single("select distinct o.workspace.id from AdaptationOption o", ProcessStep.ADAPTATION_OPTIONS, steps);
        single("select distinct o.workspace.id from AdaptationOption o where o.effectiveness is not null", ProcessStep.PRIORITISATION, steps);
        single("select distinct a.workspace.id from PlanAction a", ProcessStep.ACTION_PLAN, steps);
        return steps;
    }

    private void pairs(String jpql, Map<Long, Set<Integer>> steps) {
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            add(steps, row[0], ((Number) row[1]).intValue());
        }
    }

    private void single(String jpql, ProcessStep step, Map<Long, Set<Integer>> steps) {
        for (Long id : em.createQuery(jpql, Long.class).getResultList()) {
            add(steps, id, step.number());
        }
    }

    /** Only the workspaces listed first count (a demonstration workspace's rows are left out). */
    private static void add(Map<Long, Set<Integer>> steps, Object workspaceId, int step) {
        Set<Integer> set = steps.get(((Number) workspaceId).longValue());
        if (set != null) {
            set.add(step);
        }
    }

    @Override
    public List<DownloadCount> mostDownloaded(int max) {
        return em.createQuery("select r.id, r.title, r.downloadCount from LibraryResource r where r.downloadCount > 0"
                        + " order by r.downloadCount desc, r.title, r.id", Object[].class)
                .setMaxResults(max).getResultStream()
                .map(row -> new DownloadCount(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public List<Instant[]> trialsSince(Instant since) {
        return em.createQuery("select w.createdAt, w.memberSince from Workspace w where w.demo = false and w.createdAt >= :since", Object[].class)
                .setParameter("since", since).getResultList().stream()
                .map(row -> new Instant[] {(Instant) row[0], (Instant) row[1]}).toList();
    }
}
