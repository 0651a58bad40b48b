package org.iclei.africa.resilient.tool.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Options ranked by weighted score: the sum over criteria of weight × value (cost counted the other
 * way), between 1 and 5. Ties are broken the same way every time: higher effectiveness, then higher
 * urgency, then name, then id. Each ranked option shows what every criterion contributed.
 */
public final class Ranking {

    /** What is ranked: an option with its scores (a missing score counts as unscored and the option is left out). */
    public record Candidate(long id, String name, Map<Criterion, Integer> scores) {

        boolean isScored() {
            return scores.keySet().containsAll(List.of(Criterion.values()));
        }
    }

    /** An option's place in the ranking. */
    public record Ranked(int rank, Candidate candidate, double score, Map<Criterion, Double> contributions) {
    }

    private Ranking() {
    }

    public static List<Ranked> rank(List<Candidate> candidates, Weights weights) {
        List<Ranked> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!candidate.isScored()) {
                continue;
            }
            Map<Criterion, Double> contributions = new EnumMap<>(Criterion.class);
            double total = 0;
            for (Criterion criterion : Criterion.values()) {
                double contribution = weights.of(criterion) * criterion.value(candidate.scores().get(criterion));
                contributions.put(criterion, contribution);
                total += contribution;
            }
            scored.add(new Ranked(0, candidate, Math.round(total * 1000) / 1000.0, contributions));
        }
        scored.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(r -> -r.candidate().scores().get(Criterion.EFFECTIVENESS))
                .thenComparing(r -> -r.candidate().scores().get(Criterion.URGENCY))
                .thenComparing(r -> r.candidate().name())
                .thenComparingLong(r -> r.candidate().id()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Ranked r = scored.get(i);
            ranked.add(new Ranked(i + 1, r.candidate(), r.score(), r.contributions()));
        }
        return ranked;
    }
}
