package org.iclei.africa.resilient.content.domain;

import java.util.List;
import java.util.Optional;

/** The administrator-written texts of the public pages. */
public interface PageContentRepository {

    /** A page's texts, one per language it has been written in. */
    List<PageContent> findBySlug(String slug);

    /** A page's text in one language, if it has been written in it. */
    Optional<PageContent> find(String slug, String language);

    /** Every page text in every language, by page and language. */
    List<PageContent> findAll();

    void add(PageContent page);
}
