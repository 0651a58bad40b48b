package org.iclei.africa.resilient.content.domain;

import java.util.List;
import java.util.Optional;

/** The pioneer cities. */
public interface PioneerCityRepository {

    /** Every pioneer city in display order. */
    List<PioneerCity> all();

    Optional<PioneerCity> findBySlug(String slug);
}
