/**
 * Backing beans for the public pages (home, pioneers, supporters, library, about, contacts). They call application services and never touch the EntityManager.
 */
package org.iclei.africa.resilient.web.content;
