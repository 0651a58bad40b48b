package org.iclei.africa.resilient.content.domain;

import java.util.List;

/** The administrator-written texts of the public pages. */
public interface PageContentRepository {

    /** A page's texts, one per language it has been written in. */
    List<PageContent> findBySlug(String slug);
}
