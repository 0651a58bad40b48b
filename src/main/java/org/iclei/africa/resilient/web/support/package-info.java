/**
 * Web plumbing shared by all views: the visitor's language and the language switch, the navigation, the
 * visitor's address (behind a proxy or not), converters, and the field limits for views ({@code #{limits.*}}); the security
 * headers of every response ({@code SecurityHeadersFilter}) and the Secure session cookie over https ({@code SessionCookieSecurity});
 * the 503 "back soon" page while the database is away ({@code DatabaseUnavailableFilter}); public pages kept rendered for
 * visitors who are not signed in ({@code PublicPageCache}, with {@code CachedPage} and {@code CapturingResponse}); every request
 * and server error counted for {@code /metrics} ({@code RequestMetricsFilter}); records' own getters readable in views on
 * Jakarta EL 6 as on EL 5 ({@code RecordGetterResolver}).
 */
package org.iclei.africa.resilient.web.support;
