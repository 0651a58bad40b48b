package org.iclei.africa.resilient.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");
    private static final LocalDate DAY = LocalDate.of(2026, 2, 12);
    private static final Instant AFTERNOON = LocalDateTime.of(2026, 2, 12, 14, 20, 25).atZone(ZoneId.systemDefault()).toInstant();

    @Test
    void datesReadDayMonthNameYearInEachLanguage() {
        assertEquals("12 February 2026", DateFormats.date(DAY, Locale.ENGLISH));
        assertEquals("12 février 2026", DateFormats.date(DAY, Locale.FRENCH));
        assertEquals("12 de fevereiro de 2026", DateFormats.date(DAY, PORTUGUESE));
        assertEquals("1 May 2026", DateFormats.date(LocalDate.of(2026, 5, 1), Locale.ENGLISH));
        assertEquals("12 février 2026", DateFormats.date(AFTERNOON, Locale.FRENCH));
        assertEquals("", DateFormats.date((LocalDate) null, Locale.FRENCH));
    }

    @Test
    void timesAre24HourWithoutSecondsInEachLanguage() {
        assertEquals("12 February 2026, 14:20", DateFormats.dateTime(AFTERNOON, Locale.ENGLISH));
        assertEquals("12 février 2026 à 14:20", DateFormats.dateTime(AFTERNOON, Locale.FRENCH));
        assertEquals("12 de fevereiro de 2026, 14:20", DateFormats.dateTime(AFTERNOON, PORTUGUESE));
        assertEquals("", DateFormats.dateTime(null, Locale.ENGLISH));
    }
}
