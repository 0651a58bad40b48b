/**
 * Building blocks every module uses: the base entity (id, version, timestamps), the business exception, languages,
 * small text rules, the revision of public content ({@code ContentRevision}, which the cache of public pages follows); {@code shared.validation} holds the field limits and constraints, {@code shared.mail} the outbox,
 * {@code shared.upload} the checks every uploaded file passes.
 * Depends on no module.
 */
package org.iclei.africa.resilient.shared;
