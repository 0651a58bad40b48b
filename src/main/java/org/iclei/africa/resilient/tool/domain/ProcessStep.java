package org.iclei.africa.resilient.tool.domain;

import java.util.Arrays;
import java.util.Optional;

/** The eight steps of the participatory adaptation process, in order. Moving between them is free. */
public enum ProcessStep {
    GETTING_STARTED(1, "getting-started"),
    CLIMATE_BASELINE(2, "climate-baseline"),
    IMPACTS_AND_RISKS(3, "impacts-and-risks"),
    VULNERABILITY(4, "vulnerability"),
    ADAPTATION_OPTIONS(5, "adaptation-options"),
    PRIORITISATION(6, "prioritisation"),
    ACTION_PLAN(7, "action-plan"),
    MONITORING(8, "monitoring");

    private final int number;
    private final String slug;

    ProcessStep(int number, String slug) {
        this.number = number;
        this.slug = slug;
    }

    public int number() {
        return number;
    }

    public String slug() {
        return slug;
    }

    public static Optional<ProcessStep> bySlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    public int getNumber() {
        return number;
    }

    public String getSlug() {
        return slug;
    }

    public static Optional<ProcessStep> byNumber(int number) {
        return Arrays.stream(values()).filter(step -> step.number == number).findFirst();
    }
}
