package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Map<Criterion, Integer> scores(int effectiveness, int cost, int technical, int institutional,
            int coBenefits, int support, int urgency) {
        Map<Criterion, Integer> s = new EnumMap<>(Criterion.class);
        s.put(Criterion.EFFECTIVENESS, effectiveness);
        s.put(Criterion.COST, cost);
        s.put(Criterion.TECHNICAL_FEASIBILITY, technical);
        s.put(Criterion.INSTITUTIONAL_FEASIBILITY, institutional);
        s.put(Criterion.CO_BENEFITS, coBenefits);
        s.put(Criterion.STAKEHOLDER_SUPPORT, support);
        s.put(Criterion.URGENCY, urgency);
        return s;
    }

    private static List<String> names(List<Ranking.Ranked> ranking) {
        return ranking.stream().map(r -> r.candidate().name()).toList();
    }

    @Test
    void withEqualWeightsTheAverageValueWinsAndCheapBeatsExpensive() {
        Ranking.Candidate drains = new Ranking.Candidate(1, "Clear drains before the rains", scores(4, 1, 5, 4, 3, 5, 5));
        Ranking.Candidate wall = new Ranking.Candidate(2, "Build a sea wall", scores(4, 5, 3, 3, 1, 2, 3));
        List<Ranking.Ranked> ranking = Ranking.rank(List.of(wall, drains), Weights.equal());
        assertEquals(List.of("Clear drains before the rains", "Build a sea wall"), names(ranking));
        assertEquals(1, ranking.get(0).rank());
        assertEquals((4 + 5 + 5 + 4 + 3 + 5 + 5) / 7.0, ranking.get(0).score(), 0.001);
        assertEquals(1.0 / 7 * 5, ranking.get(0).contributions().get(Criterion.COST), 1e-9, "cost 1 is worth 5");
        assertEquals(1.0 / 7 * 1, ranking.get(1).contributions().get(Criterion.COST), 1e-9, "cost 5 is worth 1");
    }

    @Test
    void contributionsAddUpToTheScore() {
        Ranking.Ranked ranked = Ranking.rank(List.of(new Ranking.Candidate(1, "A", scores(3, 2, 4, 5, 1, 2, 3))), Weights.equal()).get(0);
        double sum = ranked.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(ranked.score(), sum, 0.001);
    }

    @Test
    void changedWeightsChangeTheOrder() {
        Ranking.Candidate effective = new Ranking.Candidate(1, "Effective but slow", scores(5, 3, 3, 3, 3, 3, 1));
        Ranking.Candidate urgent = new Ranking.Candidate(2, "Urgent but weaker", scores(2, 3, 3, 3, 3, 3, 5));
        Map<Criterion, Integer> effectivenessFirst = new EnumMap<>(Criterion.class);
        effectivenessFirst.put(Criterion.EFFECTIVENESS, 5);
        effectivenessFirst.put(Criterion.URGENCY, 1);
        assertEquals(List.of("Effective but slow", "Urgent but weaker"),
                names(Ranking.rank(List.of(urgent, effective), Weights.of(effectivenessFirst))));
        Map<Criterion, Integer> urgencyFirst = new EnumMap<>(Criterion.class);
        urgencyFirst.put(Criterion.EFFECTIVENESS, 1);
        urgencyFirst.put(Criterion.URGENCY, 5);
        assertEquals(List.of("Urgent but weaker", "Effective but slow"),
                names(Ranking.rank(List.of(effective, urgent), Weights.of(urgencyFirst))));
    }

    @Test
    void tiesAreBrokenTheSameWayEveryTime() {
        Ranking.Candidate b = new Ranking.Candidate(2, "B", scores(3, 3, 3, 3, 3, 3, 3));
        Ranking.Candidate a = new Ranking.Candidate(3, "A", scores(3, 3, 3, 3, 3, 3, 3));
        Ranking.Candidate moreEffective = new Ranking.Candidate(4, "Z", scores(4, 3, 3, 3, 2, 3, 3));
        List<String> one = names(Ranking.rank(List.of(b, a, moreEffective), Weights.equal()));
        List<String> other = names(Ranking.rank(List.of(moreEffective, a, b), Weights.equal()));
        assertEquals(List.of("Z", "A", "B"), one, "equal score: higher effectiveness, then name");
        assertEquals(one, other);
        Ranking.Candidate sameName = new Ranking.Candidate(1, "A", scores(3, 3, 3, 3, 3, 3, 3));
        assertEquals(List.of(1L, 3L), Ranking.rank(List.of(a, sameName), Weights.equal()).stream().map(r -> r.candidate().id()).toList());
    }

    @Test
    void unscoredOptionsAreLeftOut() {
        Map<Criterion, Integer> partial = new EnumMap<>(Criterion.class);
        partial.put(Criterion.EFFECTIVENESS, 5);
        assertEquals(List.of(), Ranking.rank(List.of(new Ranking.Candidate(1, "Half", partial)), Weights.equal()));
    }

    @Test
    void weightsAreNormalisedAndCannotAllBeZero() {
        Map<Criterion, Integer> raw = new EnumMap<>(Criterion.class);
        raw.put(Criterion.COST, 3);
        raw.put(Criterion.URGENCY, 1);
        Weights weights = Weights.of(raw);
        assertEquals(0.75, weights.of(Criterion.COST), 1e-9);
        assertEquals(0.25, weights.of(Criterion.URGENCY), 1e-9);
        assertEquals(0.0, weights.of(Criterion.EFFECTIVENESS), 1e-9);
        assertEquals(1.0 / 7, Weights.equal().of(Criterion.CO_BENEFITS), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Weights.of(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Weights.of(Map.of(Criterion.COST, -1, Criterion.URGENCY, 2)));
    }

    @Test
    void scoresOutsideOneToFiveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Criterion.EFFECTIVENESS.value(0));
        assertThrows(IllegalArgumentException.class, () -> Criterion.COST.value(6));
        assertEquals(5, Criterion.COST.value(1));
    }
}
