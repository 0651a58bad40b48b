package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.tool.domain.Evidence;
import org.iclei.africa.resilient.tool.domain.EvidenceFile;
import org.iclei.africa.resilient.tool.domain.EvidenceKind;
import org.iclei.africa.resilient.tool.domain.EvidenceRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;

/** {@link EvidenceRepository} with the named queries of {@link Evidence}, in the caller's transaction. */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Evidence> find(long id) {
        return Optional.ofNullable(em.find(Evidence.class, id));
    }

    @Override
    public List<EvidenceFile> listByWorkspace(Workspace workspace) {
        return em.createNamedQuery("Evidence.listByWorkspace", EvidenceFile.class).setParameter("workspace", workspace).getResultList();
    }

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
        em.flush();
    }

    @Override
    public void remove(Evidence evidence) {
        em.remove(evidence);
    }

    @Override
    public void removeByRow(Workspace workspace, EvidenceKind kind, long rowId) {
        em.createNamedQuery("Evidence.deleteByRow").setParameter("workspace", workspace).setParameter("kind", kind)
                .setParameter("rowId", rowId).executeUpdate();
    }
}
