package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.PlanAction;
import org.iclei.africa.resilient.tool.domain.PlanActionRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;

/** {@link PlanActionRepository} with the named queries of {@link PlanAction}, in the caller's transaction. */
@ApplicationScoped
public class JpaPlanActionRepository implements PlanActionRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<PlanAction> find(long id) {
        return Optional.ofNullable(em.find(PlanAction.class, id));
    }

    @Override
    public List<PlanAction> findByWorkspace(Workspace workspace) {
        return em.createNamedQuery("PlanAction.findByWorkspace", PlanAction.class).setParameter("workspace", workspace).getResultList();
    }

    @Override
    public long count(Workspace workspace) {
        return em.createNamedQuery("PlanAction.countByWorkspace", Long.class).setParameter("workspace", workspace).getSingleResult();
    }

    @Override
    public long countByOption(AdaptationOption option) {
        return em.createNamedQuery("PlanAction.countByOption", Long.class).setParameter("option", option).getSingleResult();
    }

    @Override
    public void save(PlanAction action) {
        if (action.isNew()) {
            em.persist(action);
        }
        em.flush();
    }

    @Override
    public void remove(PlanAction action) {
        em.remove(action);
    }
}
