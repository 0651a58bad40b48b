/**
 * Web plumbing shared by all views: the visitor's language and the language switch, the navigation, the
 * visitor's address (behind a proxy or not), converters, and the field limits for views ({@code #{limits.*}}); the security
 * headers of every response ({@code SecurityHeadersFilter}) and the Secure session cookie over https ({@code SessionCookieSecurity}).
 */
package org.iclei.africa.resilient.web.support;
