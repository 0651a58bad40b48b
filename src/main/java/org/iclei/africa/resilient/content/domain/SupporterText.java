package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A supporter's description in one language (plain text). */
@Entity
@Table(name = "supporter_text")
public class SupporterText extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "supporter_id")
    private Supporter supporter;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 4000)
    private String description;

    protected SupporterText() {
        // for JPA
    }

    SupporterText(Supporter supporter, String language, String description) {
        this.supporter = supporter;
        this.language = language;
        this.description = description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public String getLanguage() {
        return language;
    }

    public String getDescription() {
        return description;
    }
}
