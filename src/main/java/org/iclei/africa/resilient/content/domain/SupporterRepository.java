package org.iclei.africa.resilient.content.domain;

import java.util.List;
import java.util.Optional;

/** The funders and partners. */
public interface SupporterRepository {

    /** Every supporter in display order. */
    List<Supporter> all();

    Optional<Supporter> find(long id);

    void add(Supporter supporter);

    void remove(Supporter supporter);

    /** Raises the supporter's version when only its descriptions or logo changed (they are rows of their own). */
    void markChanged(Supporter supporter);
}
