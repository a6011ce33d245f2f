package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison: one row per operation, one column per subject (backends first, then peers)
 * plus the floor. Each cell holds ns/op and a ratio: to the row's floor when it has one, to the
 * figure of the subject the row names when it names one, else to the best (lowest) peer
 * figure in the row.
 */
public final class ComparisonTable {

    /**
     * One operation's figures.
     *
     * @param label      the operation
     * @param values     ns/op by subject; subjects without a figure are absent
     * @param errors     JMH's score error of each value by subject; absent or {@code NaN}
     *                   when it has none (percentiles, too few iterations)
     * @param floor      the floor's ns/op, or {@code NaN} if the row has none
     * @param floorLabel what the floor is, or {@code null}
     * @param basis      what ratios divide by: the floor, else the named subject's figure, else
     *                   the best peer, else {@code NaN}
     * @param basisLabel what {@code basis} is, for example {@code best peer (peer-jctools)} or
     *                   {@code builtin}
     */
    public record Row(String label, Map<String, Double> values, Map<String, Double> errors,
            double floor, String floorLabel, double basis, String basisLabel) {

        /**
         * Copies the values.
         */
        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            errors = Map.copyOf(errors);
        }

        /**
         * Returns JMH's error of a subject's figure.
         *
         * @param subject a subject name
         * @return the half-width of the figure's 99.9% interval, or {@code NaN} if none
         */
        public double error(String subject) {
            return errors.getOrDefault(subject, Double.NaN);
        }

        /**
         * Returns a subject's figure.
         *
         * @param subject a subject name
         * @return ns/op, or {@code NaN} if not measured
         */
        public double value(String subject) {
            return values.getOrDefault(subject, Double.NaN);
        }

        /**
         * Returns a subject's figure divided by the row's basis.
         *
         * @param subject a subject name
         * @return the ratio, or {@code NaN} if either is missing
         */
        public double ratio(String subject) {
            return value(subject) / basis;
        }
    }

    private final List<String> subjects;
    private final List<Row> rows;

    private ComparisonTable(List<String> subjects, List<Row> rows) {
        this.subjects = List.copyOf(subjects);
        this.rows = List.copyOf(rows);
    }

    /**
     * Builds the table. Rows with neither a subject figure nor a floor are left out.
     *
     * @param specs   the rows, in display order
     * @param results every result of the run
     * @param peers   the names of the subjects that are peers, in display order
     * @return the table
     */
    public static ComparisonTable build(List<RowSpec> specs, List<Measurement> results,
            List<String> peers) {
        final List<String> subjects = subjects(results, peers);
        final List<Row> rows = new ArrayList<>();
        for (RowSpec spec : specs) {
            final Map<String, Double> values = new LinkedHashMap<>();
            final Map<String, Double> errors = new LinkedHashMap<>();
            double floor = Double.NaN;
            for (Measurement m : results) {
                if (m.subject() != null && spec.figure().matches(m)) {
                    final double v = spec.figure().read(m);
                    if (!Double.isNaN(v)) {
                        values.put(m.subject(), v);
                        errors.put(m.subject(), spec.figure().readError(m));
                    }
                } else if (m.subject() == null && spec.floor() != null && spec.floor().matches(m)) {
                    floor = spec.floor().read(m);
                }
            }
            if (values.isEmpty() && Double.isNaN(floor)) {
                continue;
            }
            double basis = floor;
            String basisLabel = spec.floorLabel();
            if (spec.basisSubject() != null) {
                basis = values.getOrDefault(spec.basisSubject(), Double.NaN);
                basisLabel = spec.basisSubject();
            } else if (Double.isNaN(floor)) {
                String best = null;
                for (String p : peers) {
                    final Double v = values.get(p);
                    if (v != null && (best == null || v < values.get(best))) {
                        best = p;
                    }
                }
                basis = best == null ? Double.NaN : values.get(best);
                basisLabel = best == null ? null : "best peer (" + best + ")";
            }
            rows.add(new Row(spec.label(), values, errors, floor, spec.floorLabel(), basis,
                basisLabel));
        }
        return new ComparisonTable(subjects, rows);
    }

    private static List<String> subjects(List<Measurement> results, List<String> peers) {
        final Set<String> seen = new LinkedHashSet<>();
        for (Measurement m : results) {
            if (m.subject() != null && !peers.contains(m.subject())) {
                seen.add(m.subject());
            }
        }
        for (String p : peers) {
            for (Measurement m : results) {
                if (p.equals(m.subject())) {
                    seen.add(p);
                    break;
                }
            }
        }
        return new ArrayList<>(seen);
    }

    /**
     * Returns the subject columns: backends in the order first measured, then peers.
     *
     * @return subject names
     */
    public List<String> subjects() {
        return subjects;
    }

    /**
     * Returns the rows, in display order.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Finds a row by its label.
     *
     * @param label the operation
     * @return the row, or {@code null} if the table has none with that label
     */
    public Row row(String label) {
        for (Row r : rows) {
            if (r.label().equals(label)) {
                return r;
            }
        }
        return null;
    }
}
