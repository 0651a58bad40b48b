package org.iclei.africa.resilient.tool.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The 5×5 risk matrix: one cell per likelihood (rows, 5 at the top) and consequence (columns, 1 at
 * the left), each with its band and the risks that fall in it. Built from the stored ratings only,
 * so the map always agrees with them.
 *
 * @param <R> the risk type
 */
public final class HeatMap<R> {

    /** One cell of the matrix. */
    public record Cell<R>(int likelihood, int consequence, RiskBand band, List<R> risks) {

        public int score() {
            return likelihood * consequence;
        }

        public int count() {
            return risks.size();
        }
    }

    private final List<List<Cell<R>>> rows;

    private HeatMap(List<List<Cell<R>>> rows) {
        this.rows = rows;
    }

    public static <R> HeatMap<R> of(List<R> risks, ToIntFunction<R> likelihood, ToIntFunction<R> consequence) {
        List<List<List<R>>> buckets = new ArrayList<>();
        for (int l = 0; l < 5; l++) {
            List<List<R>> row = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                row.add(new ArrayList<>());
            }
            buckets.add(row);
        }
        for (R risk : risks) {
            int l = likelihood.applyAsInt(risk);
            int c = consequence.applyAsInt(risk);
            RiskBand.score(l, c);
            buckets.get(l - 1).get(c - 1).add(risk);
        }
        List<List<Cell<R>>> rows = new ArrayList<>();
        for (int l = 5; l >= 1; l--) {
            List<Cell<R>> row = new ArrayList<>();
            for (int c = 1; c <= 5; c++) {
                row.add(new Cell<>(l, c, RiskBand.of(l * c), Collections.unmodifiableList(buckets.get(l - 1).get(c - 1))));
            }
            rows.add(Collections.unmodifiableList(row));
        }
        return new HeatMap<>(Collections.unmodifiableList(rows));
    }

    /** Rows from likelihood 5 (top) to 1 (bottom); each row from consequence 1 (left) to 5 (right). */
    public List<List<Cell<R>>> rows() {
        return rows;
    }

    public Cell<R> cell(int likelihood, int consequence) {
        return rows.get(5 - likelihood).get(consequence - 1);
    }
}
