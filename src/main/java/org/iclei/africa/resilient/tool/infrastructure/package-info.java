/**
 * Adapters for the tool: the JPA repositories of {@code tool.domain} (named queries of the entities, in the caller's
 * transaction) and the loader of the step guides. Nothing here calls the application services.
 */
package org.iclei.africa.resilient.tool.infrastructure;
