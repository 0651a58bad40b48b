package org.iclei.africa.resilient.web.admin.countries;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.iclei.africa.resilient.admin.application.CountryAdministration;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryNames;
import org.iclei.africa.resilient.web.admin.NameFields;
import org.iclei.africa.resilient.web.admin.RecordPage;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/countries}: the countries in a table (with how many municipalities and pioneer cities are in each), added
 * and changed in a dialog that {@code /admin/countries?edit=<id>} opens, deleted after a confirmation unless a
 * municipality, a pioneer city or an account belongs to them.
 */
@Named("adminCountries")
@ViewScoped
public class CountriesBacking extends RecordPage {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/admin/countries";

    @Inject
    CountryAdministration countries;

    @Inject
    @Param(name = "edit")
    Long edit;

    private List<Row> rows;
    private NameFields fields = NameFields.empty();
    private boolean editing;

    /** A country with the number of municipalities and pioneer cities in it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Country country;
        private final long places;

        Row(Country country, long places) {
            this.country = country;
            this.places = places;
        }

        public Country getCountry() {
            return country;
        }

        public long getPlaces() {
            return places;
        }
    }

    @PostConstruct
    void load() {
        List<Country> all = CountryNames.sortedByName(countries.all(), languageCode());
        List<Long> usage = countries.usage(all);
        rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(new Row(all.get(i), usage.get(i)));
        }
        if (edit != null) {
            countries.find(edit).ifPresentOrElse(country -> {
                fields = NameFields.of(country.getId(), country.getVersion(), country.getCode(), country.getDisplayedName());
                editing = true;
            }, () -> Messages.addGlobalError(text("admin.notFound")));
        }
    }

    /** Opens the dialog empty, for a new country. */
    public void add() {
        fields = NameFields.empty();
        editing = true;
    }

    public void save() {
        if (act(() -> countries.save(fields.form()), "admin.saved")) {
            Faces.redirect(Faces.getRequestContextPath() + SELF);
        }
    }

    public void delete(Row row) {
        if (act(() -> countries.delete(row.getCountry().getId(), row.getCountry().getVersion()), "admin.deleted")) {
            Faces.redirect(Faces.getRequestContextPath() + SELF);
        }
    }

    /** Deletes the country open in the dialog. */
    public void deleteOpen() {
        if (act(() -> countries.delete(fields.getId(), fields.getVersion()), "admin.deleted")) {
            Faces.redirect(Faces.getRequestContextPath() + SELF);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public NameFields getFields() {
        return fields;
    }

    public boolean isEditing() {
        return editing;
    }
}
