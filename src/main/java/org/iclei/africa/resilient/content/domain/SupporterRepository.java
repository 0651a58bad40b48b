package org.iclei.africa.resilient.content.domain;

import java.util.List;

/** The funders and partners. */
public interface SupporterRepository {

    /** Every supporter in display order. */
    List<Supporter> all();
}
