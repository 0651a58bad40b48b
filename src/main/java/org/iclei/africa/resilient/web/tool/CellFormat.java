package org.iclei.africa.resilient.web.tool;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.iclei.africa.resilient.web.support.DateFormats;
import org.iclei.africa.resilient.web.support.MoneyFormat;
import org.iclei.africa.resilient.tool.domain.Field;
import org.iclei.africa.resilient.tool.application.WorksheetService;
import org.iclei.africa.resilient.tool.domain.WorksheetRow;

/**
 * How a stored worksheet value reads: choices by their label, yes/no in words, rows of other worksheets
 * by their title; dates and numbers in the reader's language on pages; in CSV files ISO dates and plain numbers
 * with the decimal mark of the reader's language ({@link CsvFormat}), which spreadsheets read; amounts on pages in
 * the workspace's currency ({@link MoneyFormat}).
 */
record CellFormat(ResourceBundle bundle, Locale locale, Map<Long, String> actions, Map<Long, String> indicators, String currency,
        boolean forPage) {

    /** How the rows of a workspace's worksheets read, in its currency. */
    static CellFormat of(ResourceBundle bundle, Locale locale, WorksheetService.View view, boolean forPage) {
        return new CellFormat(bundle, locale, view.getActions(), view.getIndicators(), view.getWorkspace().getCurrency(), forPage);
    }

    String format(WorksheetRow row, Field field) {
        String value = row.value(field.name());
        if (value.isEmpty()) {
            return "";
        }
        return switch (field.type()) {
            case CHOICE -> bundle.getString("choice." + value);
            case YES_NO -> bundle.getString("yes".equals(value) ? "tool.yes" : "tool.no");
            case DATE -> forPage ? DateFormats.date(LocalDate.parse(value), locale) : value;
            case AMOUNT -> forPage ? MoneyFormat.format(new BigDecimal(value), currency, locale) : CsvFormat.of(locale).number(value);
            case COORDINATE -> forPage ? number().format(new BigDecimal(value)) : CsvFormat.of(locale).number(value);
            case ACTION -> actions.getOrDefault(Long.valueOf(value), "—");
            case INDICATOR -> indicators.getOrDefault(Long.valueOf(value), "—");
            default -> value;
        };
    }

    /** Coordinates with all six decimals that are stored. */
    private NumberFormat number() {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format;
    }
}
