package org.iclei.africa.resilient.tool.domain;

/**
 * The band of a risk score (likelihood × consequence, 1–25): low 1–4, medium 5–9, high 10–16, extreme 17–25.
 */
public enum RiskBand {
    LOW(1, 4),
    MEDIUM(5, 9),
    HIGH(10, 16),
    EXTREME(17, 25);

    private final int from;
    private final int to;

    RiskBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static RiskBand of(int score) {
        for (RiskBand band : values()) {
            if (score >= band.from && score <= band.to) {
                return band;
            }
        }
        throw new IllegalArgumentException("A risk score is between 1 and 25, not " + score);
    }

    /** The score of a risk; both ratings must be 1 to 5. */
    public static int score(int likelihood, int consequence) {
        if (likelihood < 1 || likelihood > 5 || consequence < 1 || consequence > 5) {
            throw new IllegalArgumentException("Likelihood and consequence are rated 1 to 5");
        }
        return likelihood * consequence;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
