package org.iclei.africa.resilient.content.domain;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Country names from a maintained source, the JDK's locale data (Unicode CLDR), rather than typed by hand; the list of
 * the African countries the portal offers; and the order of countries by their name in a language, with a
 * {@link Collator} (accents are a secondary difference: "Égypte" sorts among the E's).
 * <p>
 * Portuguese names are those of European (and African) Portuguese ({@code pt-PT}: "Quénia", "Zimbabué"), the variant
 * the portal's Portuguese texts are written in; the JDK's plain {@code pt} is Brazilian.
 */
public final class CountryNames {

    /** The 54 African member states of the United Nations (and of the African Union), by ISO 3166-1 alpha-2 code. */
    public static final List<String> AFRICAN_UN_MEMBERS = List.of(
            "DZ", "AO", "BJ", "BW", "BF", "BI", "CV", "CM", "CF", "TD", "KM", "CG", "CD", "CI", "DJ", "EG", "GQ", "ER",
            "SZ", "ET", "GA", "GM", "GH", "GN", "GW", "KE", "LS", "LR", "LY", "MG", "MW", "ML", "MR", "MU", "MA", "MZ",
            "NA", "NE", "NG", "RW", "ST", "SN", "SC", "SL", "SO", "ZA", "SS", "SD", "TZ", "TG", "TN", "UG", "ZM", "ZW");

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private CountryNames() {
    }

    /** The locale whose names the portal shows in a language (en, fr, pt); English for any other. */
    public static Locale locale(String language) {
        return switch (language == null ? "en" : language) {
            case "fr" -> Locale.FRENCH;
            case "pt" -> Locale.forLanguageTag("pt-PT");
            default -> Locale.ENGLISH;
        };
    }

    /** The JDK's name of an ISO 3166-1 alpha-2 code in a language; empty for a code the JDK does not know. */
    public static Optional<String> standard(String code, String language) {
        if (code == null || !ISO_CODES.contains(code)) {
            return Optional.empty();
        }
        String name = new Locale("", code).getDisplayCountry(locale(language));
        return name.isBlank() || name.equals(code) ? Optional.empty() : Optional.of(name);
    }

    /** The JDK's names of a code in the three languages, or null for a code the JDK does not know. */
    public static LocalizedName standard(String code) {
        Optional<String> en = standard(code, "en");
        return en.map(name -> new LocalizedName(name, standard(code, "fr").orElse(null), standard(code, "pt").orElse(null)))
                .orElse(null);
    }

    /** Countries by their name in a language (a Collator of secondary strength: accents count after letters, case not), then by code. */
    public static Comparator<Country> byName(String language) {
        Collator collator = Collator.getInstance(locale(language));
        collator.setStrength(Collator.SECONDARY);
        return Comparator.<Country, String>comparing(c -> c.name(language), collator).thenComparing(Country::getCode);
    }

    /** A new list of the countries, sorted by {@link #byName(String)}. */
    public static List<Country> sortedByName(Collection<Country> countries, String language) {
        return countries.stream().sorted(byName(language)).toList();
    }
}
