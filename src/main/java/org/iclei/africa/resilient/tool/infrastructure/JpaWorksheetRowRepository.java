package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iclei.africa.resilient.tool.domain.Workspace;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;
import org.iclei.africa.resilient.tool.domain.WorksheetRowRepository;

/** {@link WorksheetRowRepository} with the named queries of {@link WorksheetRow}, in the caller's transaction. */
@ApplicationScoped
public class JpaWorksheetRowRepository implements WorksheetRowRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<WorksheetRow> find(long id) {
        return Optional.ofNullable(em.find(WorksheetRow.class, id));
    }

    @Override
    public List<WorksheetRow> findByWorkspace(Workspace workspace) {
        return em.createNamedQuery("WorksheetRow.findByWorkspace", WorksheetRow.class).setParameter("workspace", workspace).getResultList();
    }

    @Override
    public Map<String, Long> countByWorksheet(Workspace workspace) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] count : em.createNamedQuery("WorksheetRow.countByWorksheet", Object[].class).setParameter("workspace", workspace)
                .getResultList()) {
            counts.put((String) count[0], (Long) count[1]);
        }
        return counts;
    }

    @Override
    public void save(WorksheetRow row) {
        if (row.isNew()) {
            em.persist(row);
        }
        em.flush();
    }

    @Override
    public void remove(WorksheetRow row) {
        em.remove(row);
    }
}
