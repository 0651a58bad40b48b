/**
 * Backing beans for the member tool under /tool.
 */
package org.iclei.africa.resilient.web.tool;
