package org.iclei.africa.resilient.tool.domain;

import java.util.List;
import java.util.Optional;

/** The risks of step 3; implemented with JPA in {@code tool.infrastructure}. */
public interface RiskRepository {

    Optional<Risk> find(long id);

    /** The workspace's risks, the highest score first. */
    List<Risk> findByWorkspace(Workspace workspace);

    long count(Workspace workspace);

    /** Stores a new risk, and writes a new or edited one now (its id, version and time are then known). */
    void save(Risk risk);

    void remove(Risk risk);
}
