package org.iclei.africa.resilient.tool.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the tool knows of each step: its guidance and check items (the same for every workspace), and each
 * workspace's ticks and completion marks; implemented with JPA in {@code tool.infrastructure}.
 */
public interface StepRepository {

    Optional<StepGuide> findGuide(ProcessStep step, String language);

    /** The step's check items, in their order. */
    List<CheckItem> checkItems(ProcessStep step);

    List<CheckTick> ticks(Workspace workspace);

    void addTick(CheckTick tick);

    void removeTick(CheckTick tick);

    Optional<StepProgress> findProgress(Workspace workspace, ProcessStep step);

    void addProgress(StepProgress progress);

    /** The numbers of the steps the workspace marked complete. */
    Set<Integer> completedSteps(Workspace workspace);
}
