package org.iclei.africa.resilient.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Sums of money as the reader's language writes them in a workspace's currency (ISO 4217 code): the JDK's
 * currency format of the language ({@code 1 500 000 F CFA} in French, {@code F CFA1,500,000} in English),
 * with the currency's own decimals (none for the CFA franc, two for the rand), and up to two when a sum has
 * cents. Pages call {@code #{money.format(amount, currency)}}; the PDF and other code call {@link #format(BigDecimal,
 * String, Locale)}. CSV files keep plain numbers and name the currency in the column header ({@link #header}).
 */
@Named("money")
@RequestScoped
public class MoneyFormat {

    @Inject
    VisitorLanguage language;

    /** The sum in the request's language; empty for no sum. */
    public String format(BigDecimal amount, String currency) {
        return format(amount, currency, language.getLocale());
    }

    /** The sum in {@code locale}'s way with {@code currency}; empty for no sum, the plain number and code for an unknown code. */
    public static String format(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        Currency code;
        try {
            code = Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            return NumberFormat.getNumberInstance(locale).format(amount) + " " + currency;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(code);
        int digits = Math.max(code.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, 2));
        return format.format(amount);
    }

    /** A CSV column header that names the currency of its plain numbers, e.g. {@code Budget (XOF)}. */
    public static String header(String header, String currency) {
        return header + " (" + currency + ")";
    }
}
