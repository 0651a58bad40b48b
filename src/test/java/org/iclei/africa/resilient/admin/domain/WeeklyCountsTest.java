package org.iclei.africa.resilient.admin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyCountsTest {

    // a Wednesday in ISO week 2026-W23 (Monday 1 June 2026)
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 3);

    @Test
    void daysAreGatheredIntoIsoWeeksEndingWithTheCurrentOne() {
        Map<LocalDate, Long> perDay = Map.of(
                LocalDate.of(2026, 6, 1), 2L,   // Monday of this week
                LocalDate.of(2026, 6, 3), 1L,   // today
                LocalDate.of(2026, 5, 31), 4L,  // Sunday: last week
                LocalDate.of(2026, 3, 16), 5L,  // Monday of the first of twelve weeks
                LocalDate.of(2026, 3, 15), 9L); // the day before: not shown
        List<WeekCount> weeks = WeeklyCounts.of(perDay, TODAY, 12);
        assertEquals(12, weeks.size());
        assertEquals(new WeekCount("2026-W23", LocalDate.of(2026, 6, 1), 3), weeks.get(11));
        assertEquals(new WeekCount("2026-W22", LocalDate.of(2026, 5, 25), 4), weeks.get(10));
        assertEquals(new WeekCount("2026-W13", LocalDate.of(2026, 3, 23), 0), weeks.get(1));
        assertEquals(new WeekCount("2026-W12", LocalDate.of(2026, 3, 16), 5), weeks.get(0));
        assertEquals(12, weeks.stream().mapToLong(WeekCount::count).sum());
    }

    @Test
    void weeksAcrossNewYearBelongToTheYearOfTheirThursday() {
        assertEquals("2026-W01", WeeklyCounts.isoWeek(LocalDate.of(2025, 12, 29)));
        assertEquals("2026-W53", WeeklyCounts.isoWeek(LocalDate.of(2027, 1, 3)));
        List<WeekCount> weeks = WeeklyCounts.of(Map.of(LocalDate.of(2025, 12, 31), 1L), LocalDate.of(2026, 1, 5), 2);
        assertEquals(List.of(new WeekCount("2026-W01", LocalDate.of(2025, 12, 29), 1), new WeekCount("2026-W02", LocalDate.of(2026, 1, 5), 0)), weeks);
    }
}
