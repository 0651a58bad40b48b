package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.LibraryResource;
import org.iclei.africa.resilient.content.domain.LibraryResourceRepository;
import org.iclei.africa.resilient.content.domain.PioneerCity;
import org.iclei.africa.resilient.content.domain.PioneerCityRepository;

/** The pioneer cities for the Pioneers pages and the home page. */
@Stateless
public class PioneerService {

    @Inject
    PioneerCityRepository cities;

    @Inject
    LibraryResourceRepository resources;

    public List<PioneerCity> all() {
        return cities.all();
    }

    public Optional<PioneerCity> bySlug(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 60) {
            return Optional.empty();
        }
        return cities.findBySlug(slug);
    }

    /** The library resources about a city, newest first. */
    public List<LibraryResource> resourcesOf(PioneerCity city) {
        return resources.byCity(city);
    }
}
