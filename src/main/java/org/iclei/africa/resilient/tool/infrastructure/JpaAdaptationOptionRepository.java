package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.tool.domain.AdaptationOption;
import org.iclei.africa.resilient.tool.domain.AdaptationOptionRepository;
import org.iclei.africa.resilient.tool.domain.CriteriaWeights;
import org.iclei.africa.resilient.tool.domain.Risk;
import org.iclei.africa.resilient.tool.domain.Workspace;

/** {@link AdaptationOptionRepository} with the named queries of {@link AdaptationOption} and {@link CriteriaWeights}. */
@ApplicationScoped
public class JpaAdaptationOptionRepository implements AdaptationOptionRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<AdaptationOption> find(long id) {
        return Optional.ofNullable(em.find(AdaptationOption.class, id));
    }

    @Override
    public List<AdaptationOption> findByWorkspace(Workspace workspace) {
        return em.createNamedQuery("AdaptationOption.findByWorkspace", AdaptationOption.class).setParameter("workspace", workspace)
                .getResultList();
    }

    @Override
    public long count(Workspace workspace) {
        return em.createNamedQuery("AdaptationOption.countByWorkspace", Long.class).setParameter("workspace", workspace).getSingleResult();
    }

    @Override
    public long countScored(Workspace workspace) {
        return em.createNamedQuery("AdaptationOption.countScored", Long.class).setParameter("workspace", workspace).getSingleResult();
    }

    @Override
    public long countAnswering(Risk risk) {
        return em.createNamedQuery("AdaptationOption.countAnswering", Long.class).setParameter("risk", risk).getSingleResult();
    }

    @Override
    public void save(AdaptationOption option) {
        if (option.isNew()) {
            em.persist(option);
        }
        em.flush();
    }

    @Override
    public void remove(AdaptationOption option) {
        em.remove(option);
    }

    @Override
    public Optional<CriteriaWeights> findWeights(Workspace workspace) {
        return em.createNamedQuery("CriteriaWeights.findByWorkspace", CriteriaWeights.class).setParameter("workspace", workspace)
                .getResultStream().findFirst();
    }

    @Override
    public void saveWeights(CriteriaWeights weights) {
        if (weights.isNew()) {
            em.persist(weights);
        }
        em.flush();
    }
}
