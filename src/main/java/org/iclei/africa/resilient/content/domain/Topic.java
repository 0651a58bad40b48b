package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A subject that library resources are filed under (water, health, ...). */
@Entity
@Table(name = "topic")
@NamedQuery(name = "Topic.findAll", query = "select t from Topic t order by t.slug")
@NamedQuery(name = "Topic.findBySlug", query = "select t from Topic t where t.slug = :slug")
public class Topic extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 60)
    private String slug;

    @Embedded
    private LocalizedName name;

    protected Topic() {
        // for JPA
    }

    public Topic(String slug, LocalizedName name) {
        this.slug = slug;
        this.name = name;
    }

    /** Changes the slug (unique; checked by the caller) and the names. */
    public void rename(String slug, LocalizedName name) {
        this.slug = slug;
        this.name = name;
    }

    public LocalizedName getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String name(String language) {
        return name.in(language);
    }
}
