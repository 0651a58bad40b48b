/**
 * Backing beans for the back office under /admin.
 */
package org.iclei.africa.resilient.web.admin;
