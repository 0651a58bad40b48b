package org.iclei.africa.resilient.tool.domain;

import java.util.List;
import java.util.Optional;

/** The adaptation options of steps 5 and 6 and the workspace's criteria weights; implemented with JPA in {@code tool.infrastructure}. */
public interface AdaptationOptionRepository {

    Optional<AdaptationOption> find(long id);

    /** The workspace's options, by name. */
    List<AdaptationOption> findByWorkspace(Workspace workspace);

    long count(Workspace workspace);

    /** How many options of the workspace have scores. */
    long countScored(Workspace workspace);

    /** How many options answer the risk (step 3 keeps a risk that an option answers). */
    long countAnswering(Risk risk);

    /** Stores a new option, and writes a new or edited one now (its id, version and time are then known). */
    void save(AdaptationOption option);

    void remove(AdaptationOption option);

    /** The weights saved for the workspace; empty while nobody has saved any. */
    Optional<CriteriaWeights> findWeights(Workspace workspace);

    /** Stores new weights, and writes new or changed ones now. */
    void saveWeights(CriteriaWeights weights);
}
