package org.iclei.africa.resilient.tool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RiskScoringTest {

    record Risk(String name, int likelihood, int consequence) {
    }

    @ParameterizedTest
    @CsvSource({"1,1,1,LOW", "2,2,4,LOW", "1,5,5,MEDIUM", "3,3,9,MEDIUM", "2,5,10,HIGH", "4,4,16,HIGH", "5,4,20,EXTREME", "5,5,25,EXTREME", "3,4,12,HIGH", "1,4,4,LOW"})
    void theScoreIsLikelihoodTimesConsequenceInItsBand(int likelihood, int consequence, int score, RiskBand band) {
        assertEquals(score, RiskBand.score(likelihood, consequence));
        assertEquals(band, RiskBand.of(score));
    }

    @Test
    void everyScoreFromOneToTwentyFiveHasExactlyOneBand() {
        for (int s = 1; s <= 25; s++) {
            RiskBand band = RiskBand.of(s);
            assertEquals(true, s >= band.from() && s <= band.to());
        }
        assertThrows(IllegalArgumentException.class, () -> RiskBand.of(0));
        assertThrows(IllegalArgumentException.class, () -> RiskBand.of(26));
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RiskBand.score(0, 3));
        assertThrows(IllegalArgumentException.class, () -> RiskBand.score(3, 6));
    }

    @Test
    void theHeatMapPutsEachRiskInItsCell() {
        Risk flood = new Risk("Flooding of informal settlements", 4, 5);
        Risk heat = new Risk("Heat waves", 4, 5);
        Risk erosion = new Risk("Coastal erosion", 2, 3);
        HeatMap<Risk> map = HeatMap.of(List.of(flood, heat, erosion), Risk::likelihood, Risk::consequence);
        assertEquals(List.of(flood, heat), map.cell(4, 5).risks());
        assertEquals(2, map.cell(4, 5).count());
        assertEquals(RiskBand.EXTREME, map.cell(4, 5).band());
        assertEquals(List.of(erosion), map.cell(2, 3).risks());
        assertEquals(RiskBand.MEDIUM, map.cell(2, 3).band());
        assertEquals(0, map.cell(1, 1).count());
        int total = map.rows().stream().flatMap(List::stream).mapToInt(HeatMap.Cell::count).sum();
        assertEquals(3, total);
    }

    @Test
    void theHeatMapReadsTopDownFromLikelyToUnlikely() {
        HeatMap<Risk> map = HeatMap.of(List.of(), Risk::likelihood, Risk::consequence);
        assertEquals(5, map.rows().size());
        assertEquals(5, map.rows().get(0).get(0).likelihood());
        assertEquals(1, map.rows().get(0).get(0).consequence());
        assertEquals(1, map.rows().get(4).get(4).likelihood());
        assertEquals(5, map.rows().get(4).get(4).consequence());
        assertEquals(RiskBand.EXTREME, map.rows().get(0).get(4).band());
        assertEquals(RiskBand.LOW, map.rows().get(4).get(0).band());
    }

    @Test
    void aRiskWithImpossibleRatingsCannotBeMapped() {
        assertThrows(IllegalArgumentException.class, () -> HeatMap.of(List.of(new Risk("x", 6, 1)), Risk::likelihood, Risk::consequence));
    }

    @Test
    void aStepIsInProgressAsSoonAsSomethingIsRecordedAndCompleteOnlyWhenMarked() {
        assertEquals(StepStatus.NOT_STARTED, StepStatus.of(false, 0, 0));
        assertEquals(StepStatus.IN_PROGRESS, StepStatus.of(false, 1, 0));
        assertEquals(StepStatus.IN_PROGRESS, StepStatus.of(false, 0, 2));
        assertEquals(StepStatus.COMPLETE, StepStatus.of(true, 3, 4));
        assertEquals(StepStatus.COMPLETE, StepStatus.of(true, 0, 0));
        assertEquals(8, ProcessStep.values().length);
        assertEquals(ProcessStep.PRIORITISATION, ProcessStep.byNumber(6).orElseThrow());
        assertEquals(true, ProcessStep.byNumber(9).isEmpty());
    }
}
