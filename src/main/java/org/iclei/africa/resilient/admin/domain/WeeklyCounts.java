package org.iclei.africa.resilient.admin.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Counts per day gathered into ISO weeks: the last N weeks up to the current one, oldest first, empty weeks included. */
public final class WeeklyCounts {

    private WeeklyCounts() {
    }

    /** The Monday of the first of the {@code weeks} weeks that end with the week of {@code today}. */
    public static LocalDate firstMonday(LocalDate today, int weeks) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
    }

    /**
     * @param perDay how many per day (days outside the weeks are ignored)
     * @param today  the day that falls in the last week
     * @param weeks  how many weeks, at least 1
     */
    public static List<WeekCount> of(Map<LocalDate, Long> perDay, LocalDate today, int weeks) {
        LocalDate first = firstMonday(today, weeks);
        long[] counts = new long[weeks];
        perDay.forEach((day, count) -> {
            long index = ChronoUnit.WEEKS.between(first, day);
            if (!day.isBefore(first) && index < weeks) {
                counts[(int) index] += count;
            }
        });
        List<WeekCount> list = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate monday = first.plusWeeks(i);
            list.add(new WeekCount(isoWeek(monday), monday, counts[i]));
        }
        return list;
    }

    /** The ISO name of the week a day falls in, e.g. {@code 2026-W05}; weeks belong to the year of their Thursday. */
    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
