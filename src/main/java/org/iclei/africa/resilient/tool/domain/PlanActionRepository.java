package org.iclei.africa.resilient.tool.domain;

import java.util.List;
import java.util.Optional;

/** The actions of step 7; implemented with JPA in {@code tool.infrastructure}. */
public interface PlanActionRepository {

    Optional<PlanAction> find(long id);

    /** The workspace's actions, by start date. */
    List<PlanAction> findByWorkspace(Workspace workspace);

    long count(Workspace workspace);

    /** How many actions carry out this option. */
    long countByOption(AdaptationOption option);

    /** Stores a new action, and writes a new or edited one now (its id, version and time are then known). */
    void save(PlanAction action);

    void remove(PlanAction action);
}
