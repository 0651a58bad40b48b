/**
 * Public content model: pages, pioneer cities, supporters, resources and library queries, topics, countries, contact
 * messages, and the repository interfaces of these aggregates. Plain JPA entities and value types; nothing from
 * Faces, Servlet or CDI web scopes.
 */
package org.iclei.africa.resilient.content.domain;
