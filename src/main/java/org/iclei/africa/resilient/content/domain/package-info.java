/**
 * Public content model: pages, pioneer cities, supporters, resources, topics, countries, contact messages. Plain JPA entities and value types; nothing from Faces, Servlet or CDI web scopes.
 */
package org.iclei.africa.resilient.content.domain;
