package org.iclei.africa.resilient.content.domain;

import java.util.List;
import java.util.Optional;

/** The countries (reference data loaded at the first start), for registration and content. */
public interface CountryRepository {

    /** Every country, by code. */
    List<Country> all();

    /** The country of an ISO 3166-1 alpha-2 code such as {@code ZA}. */
    Optional<Country> findByCode(String code);

    Optional<Country> find(long id);

    /** How many pioneer cities are in the country. */
    long countPioneerCities(Country country);

    void add(Country country);

    void remove(Country country);
}
