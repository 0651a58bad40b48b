package org.iclei.africa.resilient.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.Country;

/** The municipalities that members work for. */
public interface MunicipalityRepository {

    /** The municipality of this name (in any case) in this country. */
    Optional<Municipality> findByNameAndCountry(String name, Country country);

    /** The name of every municipality with at least one confirmed (active) account, once, in alphabetical order, for suggestions. */
    List<String> names();

    void add(Municipality municipality);

    Optional<Municipality> find(long id);

    /** The municipalities of a country (ISO code), by name. */
    List<Municipality> inCountry(String countryCode);

    /** Every account of {@code from} now names {@code into} (merging two records of the same place). */
    void moveAccounts(Municipality from, Municipality into);

    void remove(Municipality municipality);
    /** How many municipalities are in the country. */
    long countByCountry(Country country);

    /** How many accounts work for a municipality of the country. */
    long countAccountsByCountry(Country country);

    /** Removes the municipality of this id unless an account still names it. */
    void removeIfUnused(long id);
}
