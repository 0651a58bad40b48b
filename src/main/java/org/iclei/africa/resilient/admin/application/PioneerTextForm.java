package org.iclei.africa.resilient.admin.application;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.iclei.africa.resilient.content.domain.PioneerCityText;

/** A pioneer city's texts in one language as the form shows them; story, risks and lessons are HTML (sanitised on save). */
public class PioneerTextForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 1000)
    private String summary;
    @Size(max = 40000)
    private String story;
    @Size(max = 10000)
    private String risks;
    @Size(max = 20000)
    private String lessons;
    @Size(max = 300)
    private String photoAlt;

    public static PioneerTextForm of(PioneerCityText text) {
        PioneerTextForm form = new PioneerTextForm();
        form.summary = text.getSummary();
        form.story = text.getStory();
        form.risks = text.getRisks();
        form.lessons = text.getLessons();
        form.photoAlt = text.getPhotoAlt();
        return form;
    }

    /** Nothing written in this language: it is not stored (visitors get the English text, marked as such). */
    public boolean isBlank() {
        return blank(summary) && blank(story) && blank(risks) && blank(lessons) && blank(photoAlt);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getRisks() {
        return risks;
    }

    public void setRisks(String risks) {
        this.risks = risks;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getPhotoAlt() {
        return photoAlt;
    }

    public void setPhotoAlt(String photoAlt) {
        this.photoAlt = photoAlt;
    }
}
