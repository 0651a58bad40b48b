package org.iclei.africa.resilient.web.tool;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.web.support.DateFormats;
import org.iclei.africa.resilient.tool.domain.Field;
import org.iclei.africa.resilient.tool.domain.FieldType;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;

/**
 * How a stored worksheet value reads: choices by their label, yes/no in words, rows of other worksheets
 * by their title; dates and numbers in the reader's language on pages; in CSV files ISO dates and plain numbers
 * with the decimal mark of the reader's language ({@link CsvFormat}), which spreadsheets read.
 */
record CellFormat(ResourceBundle bundle, Locale locale, Map<Long, String> actions, Map<Long, String> indicators, boolean forPage) {

    String format(WorksheetRow row, Field field) {
        String value = row.value(field.name());
        if (value.isEmpty()) {
            return "";
        }
        return switch (field.type()) {
            case CHOICE -> bundle.getString("choice." + value);
            case YES_NO -> bundle.getString("yes".equals(value) ? "tool.yes" : "tool.no");
            case DATE -> forPage ? DateFormats.date(LocalDate.parse(value), locale) : value;
            case AMOUNT, COORDINATE -> forPage ? number(field).format(new BigDecimal(value)) : CsvFormat.of(locale).number(value);
            case ACTION -> actions.getOrDefault(Long.valueOf(value), "—");
            case INDICATOR -> indicators.getOrDefault(Long.valueOf(value), "—");
            default -> value;
        };
    }

    /** Amounts with up to two decimals, coordinates with all six that are stored. */
    private NumberFormat number(Field field) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(field.type() == FieldType.COORDINATE ? 6 : 2);
        return format;
    }
}
