package org.iclei.africa.resilient.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.iclei.africa.resilient.content.application.PageService;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PageContent;
import org.omnifaces.util.Faces;
import org.iclei.africa.resilient.web.support.VisitorLanguage;

/**
 * {@code #{pages.of('about')}}: the administrator-edited text of a public page in the visitor's language,
 * else in English (marked as fallback), else — on a database without content — the interface's own
 * short text from the i18n bundle ({@code about.heading}, {@code about.lead}).
 */
@Named("pages")
@RequestScoped
public class PageTexts {

    @Inject
    PageService pageService;

    @Inject
    VisitorLanguage language;

    private final Map<String, PageText> cache = new HashMap<>();

    public PageText of(String slug) {
        return cache.computeIfAbsent(slug, this::load);
    }

    private PageText load(String slug) {
        return pageService.page(slug, language.getCode())
                .map(PageTexts::fromContent)
                .orElseGet(() -> fromBundle(slug));
    }

    private static PageText fromContent(Localized<PageContent> text) {
        PageContent page = text.value();
        return new PageText(page.getTitle(), page.getSummary(), page.getBody(), text.language(), text.fallback());
    }

    private PageText fromBundle(String slug) {
        return new PageText(Faces.getBundleString(slug + ".heading"), Faces.getBundleString(slug + ".lead"), "",
                language.getCode(), false);
    }
}
