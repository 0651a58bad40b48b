package org.iclei.africa.resilient.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iclei.africa.resilient.tool.domain.CheckItem;
import org.iclei.africa.resilient.tool.domain.CheckTick;
import org.iclei.africa.resilient.tool.domain.ProcessStep;
import org.iclei.africa.resilient.tool.domain.StepGuide;
import org.iclei.africa.resilient.tool.domain.StepProgress;
import org.iclei.africa.resilient.tool.domain.StepRepository;
import org.iclei.africa.resilient.tool.domain.Workspace;

/** {@link StepRepository} with the named queries of the step entities, in the caller's transaction. */
@ApplicationScoped
public class JpaStepRepository implements StepRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<StepGuide> findGuide(ProcessStep step, String language) {
        return em.createNamedQuery("StepGuide.find", StepGuide.class).setParameter("step", step.number()).setParameter("language", language)
                .getResultStream().findFirst();
    }

    @Override
    public List<CheckItem> checkItems(ProcessStep step) {
        return em.createNamedQuery("CheckItem.findByStep", CheckItem.class).setParameter("step", step.number()).getResultList();
    }

    @Override
    public List<StepGuide> guides() {
        return em.createNamedQuery("StepGuide.findAll", StepGuide.class).getResultList();
    }

    @Override
    public void addGuide(StepGuide guide) {
        em.persist(guide);
    }

    @Override
    public List<CheckItem> allCheckItems() {
        return em.createNamedQuery("CheckItem.findAll", CheckItem.class).getResultList();
    }

    @Override
    public Optional<CheckItem> findCheckItem(long id) {
        return Optional.ofNullable(em.find(CheckItem.class, id));
    }

    @Override
    public void addCheckItem(CheckItem item) {
        em.persist(item);
    }

    @Override
    public void removeCheckItem(CheckItem item) {
        em.remove(item);
    }

    @Override
    public long countTicks(CheckItem item) {
        return em.createNamedQuery("CheckTick.countByItem", Long.class).setParameter("item", item).getSingleResult();
    }

    @Override
    public List<CheckTick> ticks(Workspace workspace) {
        return em.createNamedQuery("CheckTick.findByWorkspace", CheckTick.class).setParameter("workspace", workspace).getResultList();
    }

    @Override
    public void addTick(CheckTick tick) {
        em.persist(tick);
    }

    @Override
    public void removeTick(CheckTick tick) {
        em.remove(tick);
    }

    @Override
    public Optional<StepProgress> findProgress(Workspace workspace, ProcessStep step) {
        return em.createNamedQuery("StepProgress.find", StepProgress.class).setParameter("workspace", workspace)
                .setParameter("step", step.number()).getResultStream().findFirst();
    }

    @Override
    public void addProgress(StepProgress progress) {
        em.persist(progress);
    }

    @Override
    public Set<Integer> completedSteps(Workspace workspace) {
        return new HashSet<>(em.createNamedQuery("StepProgress.findCompletedSteps", Integer.class).setParameter("workspace", workspace)
                .getResultList());
    }
}
