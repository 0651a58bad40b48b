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

    /** Every step's guidance in every language, by step and language. */
    List<StepGuide> guides();

    void addGuide(StepGuide guide);

    /** Every check item of every step, by step and position. */
    List<CheckItem> allCheckItems();

    Optional<CheckItem> findCheckItem(long id);

    void addCheckItem(CheckItem item);

    void removeCheckItem(CheckItem item);

    /** In how many workspaces the item is ticked. */
    long countTicks(CheckItem item);

    List<CheckTick> ticks(Workspace workspace);

    void addTick(CheckTick tick);

    void removeTick(CheckTick tick);

    Optional<StepProgress> findProgress(Workspace workspace, ProcessStep step);

    void addProgress(StepProgress progress);

    /** The numbers of the steps the workspace marked complete. */
    Set<Integer> completedSteps(Workspace workspace);
}
