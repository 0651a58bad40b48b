/**
 * Use cases for public content: reading pages in the visitor's language, searching the library, receiving contact messages. Stateless services are the transaction and role boundary.
 */
package org.iclei.africa.resilient.content.application;
