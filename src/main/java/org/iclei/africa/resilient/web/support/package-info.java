/**
 * Web plumbing shared by all views: the visitor's language, the navigation, the language switch, converters,
 * the field limits for views ({@code #{limits.*}}) and the signed-in user.
 */
package org.iclei.africa.resilient.web.support;
