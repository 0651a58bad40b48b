package org.iclei.africa.resilient.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.iclei.africa.resilient.content.domain.PageContent;
import org.iclei.africa.resilient.content.domain.PageContentRepository;

/** {@link PageContentRepository} with the named queries of {@link PageContent}. */
@ApplicationScoped
public class JpaPageContentRepository implements PageContentRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<PageContent> findBySlug(String slug) {
        return em.createNamedQuery("PageContent.findBySlug", PageContent.class).setParameter("slug", slug).getResultList();
    }

    @Override
    public Optional<PageContent> find(String slug, String language) {
        return em.createNamedQuery("PageContent.find", PageContent.class).setParameter("slug", slug).setParameter("language", language)
                .getResultStream().findFirst();
    }

    @Override
    public List<PageContent> findAll() {
        return em.createNamedQuery("PageContent.findAll", PageContent.class).getResultList();
    }

    @Override
    public void add(PageContent page) {
        em.persist(page);
    }
}
