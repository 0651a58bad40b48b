package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PageContent;
import org.iclei.africa.resilient.content.domain.PageContentRepository;

/** The administrator-editable text of the public pages, in the visitor's language or else in English. */
@Stateless
public class PageService {

    @Inject
    PageContentRepository pages;

    public Optional<Localized<PageContent>> page(String slug, String language) {
        Map<String, PageContent> texts = pages.findBySlug(slug).stream()
                .collect(Collectors.toMap(PageContent::getLanguage, Function.identity()));
        return Localized.pick(texts, language);
    }
}
