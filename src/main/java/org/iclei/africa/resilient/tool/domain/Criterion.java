package org.iclei.africa.resilient.tool.domain;

/**
 * What adaptation options are scored on (1–5 each). For cost a high score means a high cost, so its
 * contribution counts the other way: a cheap option (score 1) earns as much as a very effective one (score 5).
 */
public enum Criterion {
    EFFECTIVENESS(false),
    COST(true),
    TECHNICAL_FEASIBILITY(false),
    INSTITUTIONAL_FEASIBILITY(false),
    CO_BENEFITS(false),
    STAKEHOLDER_SUPPORT(false),
    URGENCY(false);

    private final boolean lowerIsBetter;

    Criterion(boolean lowerIsBetter) {
        this.lowerIsBetter = lowerIsBetter;
    }

    /** The value a score brings before weighting: the score, or 6 − score when lower is better. */
    public int value(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("Scores are 1 to 5");
        }
        return lowerIsBetter ? 6 - score : score;
    }

    public boolean isLowerIsBetter() {
        return lowerIsBetter;
    }
}
