package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.iclei.africa.resilient.shared.BaseEntity;

/** The administrator-editable text of one public page in one language. The body is sanitised HTML. */
@Entity
@Table(name = "page_content")
@NamedQuery(name = "PageContent.findBySlug", query = "select p from PageContent p where p.slug = :slug")
@NamedQuery(name = "PageContent.find", query = "select p from PageContent p where p.slug = :slug and p.language = :language")
@NamedQuery(name = "PageContent.findAll", query = "select p from PageContent p order by p.slug, p.language")
public class PageContent extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 40)
    private String slug;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(nullable = false, length = 40000)
    private String body;

    protected PageContent() {
        // for JPA
    }

    public PageContent(String slug, String language, String title, String summary, String body) {
        this.slug = Objects.requireNonNull(slug);
        this.language = Objects.requireNonNull(language);
        edit(title, summary, body);
    }

    /** Changes the texts; {@code body} must already be sanitised. */
    public final void edit(String title, String summary, String body) {
        this.title = Objects.requireNonNull(title);
        this.summary = Objects.requireNonNull(summary);
        this.body = Objects.requireNonNull(body);
    }

    public String getSlug() {
        return slug;
    }

    public String getLanguage() {
        return language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }
}
