package org.iclei.africa.resilient.web.admin.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iclei.africa.resilient.accounts.domain.Account;
import org.iclei.africa.resilient.accounts.domain.AccountQuery;
import org.iclei.africa.resilient.admin.application.AccountAdministration;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryNames;
import org.iclei.africa.resilient.web.admin.AdminPage;
import org.iclei.africa.resilient.web.support.VisitorLanguage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /admin/accounts}: every account in a lazy table — each page is read, sorted and counted in the database
 * ({@link AccountRows}, {@link AccountAdministration#search}), never the whole list. The filter is in the URL
 * ({@code ?state=&country=&municipality=&from=&to=&q=}), so a filtered list can be bookmarked; applying the filter
 * form redirects to that URL.
 */
@Named("adminAccounts")
@ViewScoped
public class AccountsBacking extends AdminPage {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    AccountAdministration administration;

    @Inject
    VisitorLanguage visitorLanguage;

    @Inject
    @Param(name = "state")
    String stateParam;

    @Inject
    @Param(name = "country")
    String countryParam;

    @Inject
    @Param(name = "municipality")
    String municipalityParam;

    @Inject
    @Param(name = "from")
    String fromParam;

    @Inject
    @Param(name = "to")
    String toParam;

    @Inject
    @Param(name = "q")
    String textParam;

    private AccountQuery.Kind state;
    private String country;
    private String municipality;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private List<Country> countries;
    private final AccountRows rows = new AccountRows(this);

    @PostConstruct
    void init() {
        state = kind(stateParam);
        country = blankToNull(countryParam);
        municipality = blankToNull(municipalityParam);
        from = date(fromParam);
        to = date(toParam);
        text = blankToNull(textParam);
    }

    /** Applies the filter form: the list's URL with the filter in its query string. */
    public void filter() throws IOException {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("state", state == null ? null : state.name());
        parameters.put("country", blankToNull(country));
        parameters.put("municipality", blankToNull(municipality));
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("q", blankToNull(text));
        StringBuilder url = new StringBuilder(Faces.getRequestContextPath()).append("/admin/accounts");
        char separator = '?';
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            if (parameter.getValue() != null) {
                url.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(parameter.getValue().toString(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        Faces.redirect(url.toString());
    }

    AccountAdministration administration() {
        return administration;
    }

    /** The query of the filter as the page was opened with it; dates are whole days in the portal's time zone. */
    AccountQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        Instant fromInstant = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant untilInstant = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AccountQuery(state, country, municipality, fromInstant, untilInstant, text);
    }

    static AccountQuery.Kind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AccountQuery.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A day as the administrator writes it (empty for none). */
    public String day(Instant when) {
        return when == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(visitorLanguage.getLocale())
                .format(when.atZone(ZoneId.systemDefault()));
    }

    public AccountRows getRows() {
        return rows;
    }

    public List<Country> getCountries() {
        if (countries == null) {
            countries = CountryNames.sortedByName(administration.countries(), visitorLanguage.getCode());
        }
        return countries;
    }

    public AccountQuery.Kind[] getKinds() {
        return AccountQuery.Kind.values();
    }

    public AccountQuery.Kind getState() {
        return state;
    }

    public void setState(AccountQuery.Kind state) {
        this.state = state;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
