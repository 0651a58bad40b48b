package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.RiskRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;

/** {@link RiskRepository} with the named queries of {@link Risk}, in the caller's transaction. */
@ApplicationScoped
public class JpaRiskRepository implements RiskRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Risk> find(long id) {
        return Optional.ofNullable(em.find(Risk.class, id));
    }

    @Override
    public List<Risk> findByWorkspace(Workspace workspace) {
        return em.createNamedQuery("Risk.findByWorkspace", Risk.class).setParameter("workspace", workspace).getResultList();
    }

    @Override
    public long count(Workspace workspace) {
        return em.createNamedQuery("Risk.countByWorkspace", Long.class).setParameter("workspace", workspace).getSingleResult();
    }

    @Override
    public void save(Risk risk) {
        if (risk.isNew()) {
            em.persist(risk);
        }
        em.flush();
    }

    @Override
    public void remove(Risk risk) {
        em.remove(risk);
    }
}
