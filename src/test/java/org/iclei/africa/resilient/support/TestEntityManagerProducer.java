package org.iclei.africa.resilient.support;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: lets in-container tests {@code @Inject} the portal's EntityManager (the application never exposes it). */
@Dependent
public class TestEntityManagerProducer {

    @Produces
    @PersistenceContext(unitName = "portal")
    EntityManager entityManager;
}
