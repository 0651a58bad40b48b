package org.iclei.africa.resilient.tool.domain;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The currencies a workspace may keep its budgets and costs in (ISO 4217): those of African countries, then the
 * US dollar and the euro that donors often budget in. A workspace that has not chosen reads in its country's
 * currency when it is one of these, else in US dollars.
 */
public final class Currencies {

    public static final String FALLBACK = "USD";

    /** African currencies by code, then USD and EUR. */
    public static final List<String> CHOICES = List.of("AOA", "BIF", "BWP", "CDF", "CVE", "DJF", "DZD", "EGP", "ERN", "ETB",
            "GHS", "GMD", "GNF", "KES", "KMF", "LRD", "LSL", "LYD", "MAD", "MGA", "MRU", "MUR", "MWK", "MZN", "NAD", "NGN",
            "RWF", "SCR", "SDG", "SLE", "SOS", "SSP", "STN", "SZL", "TND", "TZS", "UGX", "XAF", "XOF", "ZAR", "ZMW", "ZWG",
            "USD", "EUR");

    private Currencies() {
    }

    /** The currency of the country with this ISO 3166 code when the portal offers it, else {@link #FALLBACK}. */
    public static String forCountry(String countryCode) {
        if (countryCode == null || countryCode.length() != 2) {
            return FALLBACK;
        }
        try {
            Currency currency = Currency.getInstance(new Locale("", countryCode.toUpperCase(Locale.ROOT)));
            return currency != null && CHOICES.contains(currency.getCurrencyCode()) ? currency.getCurrencyCode() : FALLBACK;
        } catch (IllegalArgumentException e) {
            return FALLBACK;
        }
    }

    /** Whether a workspace may choose this code. */
    public static boolean isChoice(String code) {
        return code != null && CHOICES.contains(code);
    }
}
