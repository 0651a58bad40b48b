package org.iclei.africa.resilient.tool.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How much each criterion counts in a workspace, normalised to sum to 1; equal by default. */
public final class Weights {

    private final Map<Criterion, Double> normalised;

    private Weights(Map<Criterion, Double> normalised) {
        this.normalised = Collections.unmodifiableMap(normalised);
    }

    public static Weights equal() {
        Map<Criterion, Integer> raw = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            raw.put(criterion, 1);
        }
        return of(raw);
    }

    /** From the weights a team entered (0 or more each, at least one above 0); missing criteria weigh 0. */
    public static Weights of(Map<Criterion, Integer> entered) {
        int total = 0;
        for (Criterion criterion : Criterion.values()) {
            int weight = entered.getOrDefault(criterion, 0);
            if (weight < 0) {
                throw new IllegalArgumentException("A weight cannot be negative");
            }
            total += weight;
        }
        if (total == 0) {
            throw new IllegalArgumentException("At least one criterion must count");
        }
        Map<Criterion, Double> normalised = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            normalised.put(criterion, entered.getOrDefault(criterion, 0) / (double) total);
        }
        return new Weights(normalised);
    }

    public double of(Criterion criterion) {
        return normalised.get(criterion);
    }
}
