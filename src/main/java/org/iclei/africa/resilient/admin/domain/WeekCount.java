package org.iclei.africa.resilient.admin.domain;

import java.time.LocalDate;

/**
 * How many of something happened in one ISO week (Monday to Sunday), e.g. registrations.
 *
 * @param week   its ISO name, e.g. {@code 2026-W05}
 * @param monday its first day
 */
public record WeekCount(String week, LocalDate monday, long count) {

    public String getWeek() {
        return week;
    }

    public LocalDate getMonday() {
        return monday;
    }

    public long getCount() {
        return count;
    }
}
