package org.iclei.africa.resilient.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A pioneer city's texts in one language; story, risks and lessons are sanitised HTML. */
@Entity
@Table(name = "pioneer_city_text")
public class PioneerCityText extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "city_id")
    private PioneerCity city;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false, length = 40000)
    private String story;

    @Column(nullable = false, length = 10000)
    private String risks;

    @Column(nullable = false, length = 20000)
    private String lessons;

    @Column(name = "photo_alt", nullable = false, length = 300)
    private String photoAlt;

    protected PioneerCityText() {
        // for JPA
    }

    PioneerCityText(PioneerCity city, String language, String summary, String story, String risks, String lessons, String photoAlt) {
        this.city = city;
        this.language = language;
        edit(summary, story, risks, lessons, photoAlt);
    }

    final void edit(String summary, String story, String risks, String lessons, String photoAlt) {
        this.summary = summary;
        this.story = story;
        this.risks = risks;
        this.lessons = lessons;
        this.photoAlt = photoAlt;
    }

    public String getLanguage() {
        return language;
    }

    public String getSummary() {
        return summary;
    }

    public String getStory() {
        return story;
    }

    public String getRisks() {
        return risks;
    }

    public String getLessons() {
        return lessons;
    }

    public String getPhotoAlt() {
        return photoAlt;
    }
}
