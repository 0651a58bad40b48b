/**
 * Adapters for the tool: PDF and CSV export.
 */
package org.iclei.africa.resilient.tool.infrastructure;
