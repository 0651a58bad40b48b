package org.iclei.africa.resilient.admin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepsReachedTest {

    @Test
    void aWorkspaceReachedTheHighestStepWithActivityEvenWithGapsBefore() {
        assertEquals(7, StepsReached.reached(Set.of(1, 3, 7)));
        assertEquals(0, StepsReached.reached(Set.of()));
        assertEquals(2, StepsReached.reached(Set.of(2, 0, 9)), "numbers outside 1–8 are no steps");
    }

    @Test
    void eachWorkspaceCountsOnceAtItsHighestStep() {
        List<StepCount> histogram = StepsReached.histogram(Map.of(1L, Set.of(), 2L, Set.of(1, 2, 3), 3L, Set.of(3), 4L, Set.of(8), 5L, Set.of()));
        assertEquals(9, histogram.size());
        assertEquals(new StepCount(0, 2), histogram.get(0));
        assertEquals(new StepCount(3, 2), histogram.get(3));
        assertEquals(new StepCount(8, 1), histogram.get(8));
        assertEquals(5, histogram.stream().mapToLong(StepCount::workspaces).sum());
    }
}
