package org.iclei.africa.resilient.content.infrastructure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML written by administrators (page bodies, city stories) down to a small safe set:
 * paragraphs, headings h2–h4, lists, emphasis, links (http, https, mailto; opened with rel="noopener")
 * and line breaks. Scripts, styles, event handlers and other tags are removed.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "br", "blockquote", "a")
            .addAttributes("a", "href", "hreflang")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener");

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, output);
    }
}
