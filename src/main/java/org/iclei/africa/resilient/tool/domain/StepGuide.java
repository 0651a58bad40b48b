package org.iclei.africa.resilient.tool.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iclei.africa.resilient.shared.BaseEntity;

/** The guidance text and the pioneers' examples of one step in one language (sanitised HTML, edited by administrators). */
@Entity
@Table(name = "step_guide")
@NamedQuery(name = "StepGuide.find", query = "select g from StepGuide g where g.step = :step and g.language = :language")
@NamedQuery(name = "StepGuide.count", query = "select count(g) from StepGuide g")
@NamedQuery(name = "StepGuide.findAll", query = "select g from StepGuide g order by g.step, g.language")
public class StepGuide extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "step_number", nullable = false)
    private int step;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 20000)
    private String guidance;

    @Column(nullable = false, length = 20000)
    private String examples;

    protected StepGuide() {
        // for JPA
    }

    public StepGuide(ProcessStep step, String language, String guidance, String examples) {
        this.step = step.number();
        this.language = language;
        this.guidance = guidance;
        this.examples = examples;
    }

    /** Changes the texts; both must already be sanitised. */
    public void edit(String guidance, String examples) {
        this.guidance = guidance;
        this.examples = examples;
    }

    public int getStep() {
        return step;
    }

    public String getLanguage() {
        return language;
    }

    public String getGuidance() {
        return guidance;
    }

    public String getExamples() {
        return examples;
    }
}
