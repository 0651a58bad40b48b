package org.iclei.africa.resilient.content.domain;

import java.util.List;
import java.util.Optional;

/** The pioneer cities. */
public interface PioneerCityRepository {

    /** Every pioneer city in display order. */
    List<PioneerCity> all();

    Optional<PioneerCity> findBySlug(String slug);

    Optional<PioneerCity> find(long id);

    void add(PioneerCity city);

    void remove(PioneerCity city);

    /** How many library resources are about the city. */
    long countResources(PioneerCity city);

    /** Counts a change of the city's photos as a change of the city (its version goes up), so stale forms are refused. */
    void markChanged(PioneerCity city);
}
