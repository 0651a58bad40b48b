package org.iclei.africa.resilient.admin.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.iclei.africa.resilient.accounts.domain.MunicipalityRepository;
import org.iclei.africa.resilient.accounts.domain.Role;
import org.iclei.africa.resilient.content.domain.Country;
import org.iclei.africa.resilient.content.domain.CountryNames;
import org.iclei.africa.resilient.content.domain.CountryRepository;
import org.iclei.africa.resilient.content.domain.LocalizedName;
import org.iclei.africa.resilient.shared.BusinessException;

/**
 * The countries of registration and of pioneer cities: a unique ISO 3166-1 alpha-2 code and a name in each language.
 * Names equal to the JDK's names of the code follow the JDK; names an administrator types instead are shown instead.
 * A country that a municipality, a pioneer city or an account belongs to is not deleted.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class CountryAdministration {

    static final String RECORD = "country";
    public static final String BAD_CODE = "admin.countries.badCode";
    public static final String CODE_TAKEN = "admin.countries.codeTaken";
    public static final String USAGE = "admin.countries.usage";

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    @Inject
    CountryRepository countries;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AuditLog audit;

    public List<Country> all() {
        return countries.all();
    }

    public Optional<Country> find(long id) {
        return countries.find(id);
    }

    /** How many municipalities and pioneer cities are in each country, in the order of {@code list}. */
    public List<Long> usage(List<Country> list) {
        return list.stream().map(c -> municipalities.countByCountry(c) + countries.countPioneerCities(c)).toList();
    }

    /** Adds a country or saves the changes to one; returns its id. */
    public long save(NameForm form) {
        String code = form.key().toUpperCase(Locale.ROOT);
        if (!isIsoCode(code)) {
            throw new BusinessException(BAD_CODE);
        }
        LocalizedName name = names(form, code);
        Optional<Country> same = countries.findByCode(code);
        if (same.isPresent() && !same.get().getId().equals(form.id())) {
            throw new BusinessException(CODE_TAKEN, code);
        }
        if (form.id() == null) {
            Country country = new Country(code, name);
            countries.add(country);
            audit.record("country.create", RECORD, country.getId(), code,
                    new Changes().field("code", null, code).field("name", null, name));
            return country.getId();
        }
        Country country = countries.find(form.id()).orElseThrow(() -> new BusinessException("admin.notFound"));
        audit.checkVersion(RECORD, country.getId(), country.getVersion(), form.version());
        Changes changes = new Changes().field("code", country.getCode(), code).field("name", country.getDisplayedName(), name);
        country.rename(code, name);
        audit.record("country.update", RECORD, country.getId(), code, changes);
        return country.getId();
    }

    /** Deletes a country that nothing belongs to. */
    public void delete(long id, Long version) {
        Country country = countries.find(id).orElseThrow(() -> new BusinessException("admin.notFound"));
        audit.checkVersion(RECORD, id, country.getVersion(), version);
        InUse.refuseIfUsed(USAGE, municipalities.countByCountry(country), countries.countPioneerCities(country),
                municipalities.countAccountsByCountry(country));
        countries.remove(country);
        audit.record("country.delete", RECORD, id, country.getCode(),
                new Changes().field("code", country.getCode(), null).field("name", country.getDisplayedName(), null));
    }

    /** The names typed, checked; for a code the JDK knows, a French or Portuguese name left empty is the JDK's. */
    static LocalizedName names(NameForm form, String code) {
        LocalizedName typed = form.name();
        LocalizedName standard = CountryNames.standard(code);
        if (standard == null) {
            return typed;
        }
        return new LocalizedName(form.en(), form.fr() == null ? standard.in("fr") : form.fr(),
                form.pt() == null ? standard.in("pt") : form.pt());
    }

    /** An officially assigned ISO 3166-1 alpha-2 code, in capitals (as the JDK knows them). */
    public static boolean isIsoCode(String code) {
        return code != null && ISO_CODES.contains(code);
    }
}
