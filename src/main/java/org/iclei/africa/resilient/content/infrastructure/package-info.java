/**
 * Adapters for content: the JPA repositories of the {@code content.domain} aggregates, HTML sanitising,
 * demo-content loading. Implements what content.application needs.
 */
package org.iclei.africa.resilient.content.infrastructure;
