/** Backing bean of {@code /admin/topics}: the topics' table and dialog; it calls {@code admin.application.TopicAdministration}. */
package org.iclei.africa.resilient.web.admin.topics;
