package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.iclei.africa.resilient.tool.domain.ReminderKind;
import org.iclei.africa.resilient.tool.domain.ReminderRepository;
import org.iclei.africa.resilient.tool.domain.ReminderSent;

/** {@link ReminderRepository} with the named queries of {@link ReminderSent}, in the caller's transaction. */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Long> workspaceIds() {
        return em.createNamedQuery("ReminderSent.workspaceIds", Long.class).getResultList();
    }

    @Override
    public boolean wasSent(ReminderKind kind, long subjectId, String periodKey) {
        return em.createNamedQuery("ReminderSent.count", Long.class).setParameter("kind", kind).setParameter("subject", subjectId)
                .setParameter("period", periodKey).getSingleResult() > 0;
    }

    @Override
    public void record(ReminderSent sent) {
        em.persist(sent);
        em.flush();
    }
}
