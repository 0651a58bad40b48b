/**
 * Backing beans of {@code /admin/content}: the table of every editable text with the state of each language
 * ({@link org.iclei.africa.resilient.web.admin.content.ListContentBacking}), and the editors of a page's text
 * ({@code /admin/content/page?slug=&lang=}) and of a step's guidance, examples and check items
 * ({@code /admin/content/step?slug=&lang=}). They call {@code admin.application.ContentAdministration} (pages) and
 * {@code StepGuideAdministration} (steps) only.
 */
package org.iclei.africa.resilient.web.admin.content;
