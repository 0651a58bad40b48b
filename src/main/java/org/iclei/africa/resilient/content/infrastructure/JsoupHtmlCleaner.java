package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.iclei.africa.resilient.content.domain.HtmlCleaner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@link HtmlCleaner} with the portal's jsoup safelist ({@link HtmlSanitizer}). HTML from the back office's
 * rich-text editor (Quill 2) first gets its lists back: Quill writes every list as {@code <ol>} and marks
 * bullet items with {@code data-list="bullet"}, an attribute the safelist drops, so such runs of items become
 * {@code <ul>} again before the HTML is cleaned.
 */
@ApplicationScoped
public class JsoupHtmlCleaner implements HtmlCleaner {

    @Override
    public String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return HtmlSanitizer.sanitize(restoreLists(html));
    }

    static String restoreLists(String html) {
        if (!html.contains("data-list")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element list : document.select("ol:has(> li[data-list])")) {
            splitByKind(list);
        }
        return document.body().html();
    }

    /** Replaces a Quill list by one {@code <ul>} or {@code <ol>} per run of items of the same kind. */
    private static void splitByKind(Element list) {
        List<Element> lists = new ArrayList<>();
        Element current = null;
        String currentKind = null;
        for (Element item : list.children()) {
            String kind = "bullet".equals(item.attr("data-list")) ? "ul" : "ol";
            if (current == null || !kind.equals(currentKind)) {
                current = new Element(kind);
                currentKind = kind;
                lists.add(current);
            }
            current.appendChild(item.clone());
        }
        Element anchor = list;
        for (Element replacement : lists) {
            anchor.after(replacement);
            anchor = replacement;
        }
        list.remove();
    }
}
