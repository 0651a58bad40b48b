package org.iclei.africa.resilient.admin.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far workspaces went in the eight-step process. A workspace has reached the highest step that is in
 * progress (a row recorded or a check item ticked) or complete there — members move freely between steps, so
 * earlier steps may still be empty.
 */
public final class StepsReached {

    public static final int STEPS = 8;

    private StepsReached() {
    }

    /** The highest step with activity among {@code active} (step numbers), or 0 when there is none. */
    public static int reached(Collection<Integer> active) {
        return active.stream().filter(step -> step >= 1 && step <= STEPS).mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * How many workspaces reached each step: nine counts, for 0 (not started) and the steps 1 to 8.
     *
     * @param activeSteps per workspace, the steps in progress or complete (a workspace without any: an empty set)
     */
    public static List<StepCount> histogram(Map<Long, Set<Integer>> activeSteps) {
        long[] counts = new long[STEPS + 1];
        activeSteps.values().forEach(steps -> counts[reached(steps)]++);
        List<StepCount> list = new ArrayList<>(STEPS + 1);
        for (int step = 0; step <= STEPS; step++) {
            list.add(new StepCount(step, counts[step]));
        }
        return list;
    }
}
