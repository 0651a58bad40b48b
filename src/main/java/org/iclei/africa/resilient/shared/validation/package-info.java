/**
 * The rules of form fields, declared once: the maximum lengths ({@link org.iclei.africa.resilient.shared.validation.FieldLimits},
 * which forms, entities and views read) and composed Bean Validation constraints whose messages come from
 * {@code ValidationMessages*.properties}. Depends on no module.
 */
package org.iclei.africa.resilient.shared.validation;
