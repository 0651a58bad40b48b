package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/** A statement of a step's self-check list, in the three languages; each workspace ticks it for itself. */
@Entity
@Table(name = "check_item")
@NamedQuery(name = "CheckItem.findByStep", query = "select i from CheckItem i where i.step = :step order by i.position, i.id")
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
