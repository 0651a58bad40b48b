/**
 * Back-office use cases that span modules: the audit log of administrators' changes and the figures.
 */
package org.iclei.africa.resilient.admin.application;
