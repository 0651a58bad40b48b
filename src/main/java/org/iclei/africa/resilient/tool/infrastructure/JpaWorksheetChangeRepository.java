package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.iclei.africa.resilient.tool.domain.WorksheetChange;
import org.iclei.africa.resilient.tool.domain.WorksheetChangeRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;

/** {@link WorksheetChangeRepository} with the named query of {@link WorksheetChange}, in the caller's transaction. */
@ApplicationScoped
public class JpaWorksheetChangeRepository implements WorksheetChangeRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(WorksheetChange change) {
        em.persist(change);
    }

    @Override
    public List<WorksheetChange> recent(Workspace workspace, int max) {
        return em.createNamedQuery("WorksheetChange.recent", WorksheetChange.class).setParameter("workspace", workspace)
                .setMaxResults(max).getResultList();
    }
}
