package io.nexus.notify.bench.report;

import java.util.Map;
import java.util.Objects;

/**
 * Where a table cell's number comes from: a benchmark, the results it matches and the figure
 * taken from each.
 *
 * @param benchmark the short benchmark name, {@code Class.method} or {@code Class.group}
 * @param params    parameters a result must have (besides the subject), for example
 *                  {@code ready=64}; empty for none
 * @param threads   the thread count a result must have, or 0 for any
 * @param secondary the secondary result to read (a group member), or {@code null} for the
 *                  primary score
 * @param statistic which figure of the primary score; must be {@link Statistic#SCORE} when
 *                  reading a secondary result
 * @param divisor   what to divide the figure by (for a per-token figure), 1 for none
 */
public record Figure(String benchmark, Map<String, String> params, int threads, String secondary,
        Statistic statistic, int divisor) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException     if {@code benchmark}, {@code params} or {@code statistic}
     *     is null
     * @throws IllegalArgumentException if {@code divisor < 1}, or a percentile is asked of a
     *     secondary result
     */
    public Figure {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(statistic, "statistic");
        params = Map.copyOf(params);
        if (divisor < 1) {
            throw new IllegalArgumentException("divisor must be >= 1, was " + divisor);
        }
        if (secondary != null && statistic != Statistic.SCORE) {
            throw new IllegalArgumentException("a secondary result has only a score, not " + statistic);
        }
    }

    /**
     * A figure of a benchmark's primary score.
     *
     * @param benchmark the short benchmark name
     * @param statistic which figure
     * @return the figure
     */
    public static Figure of(String benchmark, Statistic statistic) {
        return new Figure(benchmark, Map.of(), 0, null, statistic, 1);
    }

    /**
     * Tells whether a result is one this figure reads (ignoring the subject). Percentiles are
     * read from sampled results only (an average-time result's percentiles are over iterations,
     * not operations), the score from results of the other modes only.
     *
     * @param m a result
     * @return {@code true} if the benchmark, mode, parameters and thread count match
     */
    public boolean matches(Measurement m) {
        if (!m.benchmark().equals(benchmark) || (threads != 0 && m.threads() != threads)) {
            return false;
        }
        final boolean sampled = Measurement.SAMPLE_MODE.equals(m.mode());
        if (sampled != (statistic.percentileKey() != null)) {
            return false;
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (!p.getValue().equals(m.params().get(p.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads this figure from a matching result.
     *
     * @param m a result this figure {@link #matches(Measurement) matches}
     * @return the figure, or {@code NaN} if the result lacks it
     */
    public double read(Measurement m) {
        final double raw = secondary == null ? m.value(statistic) : m.secondary(secondary);
        return raw / divisor;
    }

    /**
     * Reads JMH's error of this figure from a matching result: the score error for a score,
     * none for a percentile.
     *
     * @param m a result this figure {@link #matches(Measurement) matches}
     * @return the error, scaled like the figure, or {@code NaN} if there is none
     */
    public double readError(Measurement m) {
        if (statistic.percentileKey() != null) {
            return Double.NaN;
        }
        final double raw = secondary == null ? m.error()
            : m.secondaryErrors().getOrDefault(secondary, Double.NaN);
        return raw / divisor;
    }
}
