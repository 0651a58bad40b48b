package org.iclei.africa.resilient.content.domain;

/**
 * Makes HTML that administrators write safe to show on the portal, before it is stored: only the portal's
 * small set of text tags is kept, links only to {@code http}, {@code https} and {@code mailto} addresses;
 * scripts, styles, frames and event handlers ({@code onclick}, {@code onerror}…) are removed. Implemented in
 * {@code content.infrastructure} with jsoup, so that application services clean HTML without depending on it.
 */
public interface HtmlCleaner {

    /** The safe form of {@code html}; empty for null or blank input. */
    String clean(String html);
}
