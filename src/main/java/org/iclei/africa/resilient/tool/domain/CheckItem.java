package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/**
 * A statement of a step's self-check list, in the three languages; each workspace ticks it for itself. A
 * language without its own text holds a copy of the English one: it is "not translated yet", and follows
 * the English text when that changes.
 */
@Entity
@Table(name = "check_item")
@NamedQuery(name = "CheckItem.findByStep", query = "select i from CheckItem i where i.step = :step order by i.position, i.id")
@NamedQuery(name = "CheckItem.findAll", query = "select i from CheckItem i order by i.step, i.position, i.id")
public class CheckItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "step_number", nullable = false)
    private int step;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_en", nullable = false, length = 300)
    private String en;

    @Column(name = "text_fr", nullable = false, length = 300)
    private String fr;

    @Column(name = "text_pt", nullable = false, length = 300)
    private String pt;

    protected CheckItem() {
        // for JPA
    }

    public CheckItem(ProcessStep step, int position, String en, String fr, String pt) {
        this.step = step.number();
        this.position = position;
        this.en = en;
        this.fr = fr == null || fr.isBlank() ? en : fr;
        this.pt = pt == null || pt.isBlank() ? en : pt;
    }

    /**
     * Changes the statement in one language. Changing the English text also changes the languages that still
     * hold a copy of it (not translated yet); a blank text in another language makes it untranslated again.
     */
    public void edit(String language, String text) {
        switch (language == null ? "en" : language) {
            case "fr" -> fr = text == null || text.isBlank() ? en : text;
            case "pt" -> pt = text == null || text.isBlank() ? en : text;
            default -> {
                if (text == null || text.isBlank()) {
                    throw new IllegalArgumentException("an English text is required");
                }
                if (fr.equals(en)) {
                    fr = text;
                }
                if (pt.equals(en)) {
                    pt = text;
                }
                en = text;
            }
        }
    }

    /** Whether the statement has a text of its own in {@code language} (English always has). */
    public boolean isTranslated(String language) {
        return switch (language == null ? "en" : language) {
            case "fr" -> !fr.equals(en);
            case "pt" -> !pt.equals(en);
            default -> true;
        };
    }

    public int getPosition() {
        return position;
    }

    public int getStep() {
        return step;
    }

    public String text(String language) {
        return switch (language == null ? "en" : language) {
            case "fr" -> fr;
            case "pt" -> pt;
            default -> en;
        };
    }
}
