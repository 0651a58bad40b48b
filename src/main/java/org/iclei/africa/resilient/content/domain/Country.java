package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * A country, by its ISO 3166-1 alpha-2 code. Its names are the JDK's ({@link CountryNames}) unless an administrator
 * typed others ({@code names_custom}): the stored names are then shown instead.
 */
@Entity
@Table(name = "country")
@NamedQuery(name = "Country.findAll", query = "select c from Country c order by c.code")
@NamedQuery(name = "Country.count", query = "select count(c) from Country c")
@NamedQuery(name = "Country.findByCode", query = "select c from Country c where c.code = :code")
@NamedQuery(name = "Country.countPioneerCities", query = "select count(p) from PioneerCity p where p.country = :country")
public class Country extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 2)
    private String code;

    @Embedded
    private LocalizedName name;

    /** True when {@link #name} differs from the JDK's names (typed by an administrator) and is shown instead of them. */
    @Column(name = "names_custom", nullable = false)
    private boolean customNames;

    protected Country() {
        // for JPA
    }

    /** A country with these names: they are its own (custom) when they differ from the JDK's names of the code. */
    public Country(String code, LocalizedName name) {
        rename(code, name);
    }

    /** The country of a code the JDK knows, with the JDK's names. */
    public static Country standard(String code) {
        LocalizedName names = CountryNames.standard(code);
        if (names == null) {
            throw new IllegalArgumentException("No JDK name for the country code " + code);
        }
        return new Country(code, names);
    }

    /**
     * Changes the code (ISO 3166-1 alpha-2, unique; checked by the caller) and the names; names equal to the JDK's
     * names of the code follow the JDK from then on, others are shown as they are.
     */
    public void rename(String code, LocalizedName name) {
        this.code = code;
        this.name = name;
        this.customNames = !name.equals(CountryNames.standard(code));
    }

    /** Whether the names shown are the stored ones (typed by an administrator) rather than the JDK's. */
    public boolean isCustomNames() {
        return customNames;
    }

    /** The names shown in the three languages (see {@link #name(String)}). */
    public LocalizedName getDisplayedName() {
        return new LocalizedName(name("en"), name("fr"), name("pt"));
    }

    public LocalizedName getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    /** The name in a language: the stored one when custom, else the JDK's (the stored one for a code the JDK does not know). */
    public String name(String language) {
        if (customNames) {
            return name.in(language);
        }
        return CountryNames.standard(code, language).orElseGet(() -> name.in(language));
    }
}
