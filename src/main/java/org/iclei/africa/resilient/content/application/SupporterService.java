package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.iclei.africa.resilient.content.domain.Supporter;
import org.iclei.africa.resilient.content.domain.SupporterRepository;

/** The funders and partners, in their display order. */
@Stateless
public class SupporterService {

    @Inject
    SupporterRepository supporters;

    public List<Supporter> all() {
        return supporters.all();
    }
}
