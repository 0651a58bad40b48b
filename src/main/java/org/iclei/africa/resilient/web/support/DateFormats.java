package org.iclei.africa.resilient.web.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates and times read on member and public pages, the same in the three languages: the day, the month's name
 * and the year ("12 February 2026", "12 février 2026", "12 de fevereiro de 2026") and 24-hour times
 * ("12 February 2026, 14:20"). Instants are shown in the server's time zone. Input fields keep ISO dates.
 */
public final class DateFormats {

    private DateFormats() {
    }

    /** The date pattern of a language: {@code d MMMM yyyy}, with Portuguese's "de". */
    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofPattern(datePattern(locale), locale);
    }

    /** The date and 24-hour time pattern of a language. */
    public static DateTimeFormatter dateTime(Locale locale) {
        String language = locale.getLanguage();
        String time = "fr".equals(language) ? " 'à' HH:mm" : ", HH:mm";
        return DateTimeFormatter.ofPattern(datePattern(locale) + time, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(date(locale));
    }

    public static String date(Instant when, Locale locale) {
        return when == null ? "" : date(locale).format(when.atZone(ZoneId.systemDefault()));
    }

    public static String dateTime(Instant when, Locale locale) {
        return when == null ? "" : dateTime(locale).format(when.atZone(ZoneId.systemDefault()));
    }

    private static String datePattern(Locale locale) {
        return "pt".equals(locale.getLanguage()) ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
    }
}
