/**
 * Adapters for content: file storage for resource downloads, HTML sanitising, demo-content loading. Implements what content.application needs.
 */
package org.iclei.africa.resilient.content.infrastructure;
