package org.iclei.africa.resilient.content.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iclei.africa.resilient.content.domain.Localized;
import org.iclei.africa.resilient.content.domain.PageContent;

/** The administrator-editable text of the public pages, in the visitor's language or else in English. */
@Stateless
public class PageService {

    @PersistenceContext
    EntityManager em;

    public Optional<Localized<PageContent>> page(String slug, String language) {
        Map<String, PageContent> texts = em.createNamedQuery("PageContent.findBySlug", PageContent.class)
                .setParameter("slug", slug)
                .getResultStream()
                .collect(Collectors.toMap(PageContent::getLanguage, Function.identity()));
        return Localized.pick(texts, language);
    }
}
