package io.nexus.notify.bench.report;

import java.util.Map;
import java.util.Objects;

/**
 * One JMH result: a benchmark with its parameters and the figures it produced.
 *
 * @param benchmark   the short benchmark name, {@code Class.method} (or {@code Class.group})
 * @param params      the benchmark's parameters, for example {@code backend=builtin}
 * @param mode        JMH's mode, for example {@code avgt} or {@code sample}
 * @param threads     the number of threads that ran it
 * @param unit        the unit of the primary score, for example {@code ns/op}
 * @param score       the primary score: the median of its measurement iterations when JMH
 *                    recorded them, else JMH's score
 * @param percentiles the primary score's percentiles by JMH key ({@code "50.0"}); empty
 *                    unless sampled
 * @param secondary   secondary scores by name, taken the same way as {@code score}: group
 *                    members' scores and profiler figures such as {@value #ALLOC_NORM}
 */
public record Measurement(String benchmark, Map<String, String> params, String mode, int threads,
        String unit,
        double score, Map<String, Double> percentiles, Map<String, Double> secondary) {

    /** The GC profiler's allocation per operation, in bytes. */
    public static final String ALLOC_NORM = "gc.alloc.rate.norm";

    /** JMH's name of the sampling mode, whose own bookkeeping allocates. */
    public static final String SAMPLE_MODE = "sample";

    /** The parameter that names the subject. */
    public static final String SUBJECT_PARAM = "backend";

    /**
     * Copies the maps.
     *
     * @throws NullPointerException if any argument is null
     */
    public Measurement {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
        params = Map.copyOf(params);
        percentiles = Map.copyOf(percentiles);
        secondary = Map.copyOf(secondary);
    }

    /**
     * Returns the subject this result measured.
     *
     * @return the {@code backend} parameter, or {@code null} for a benchmark without one (a
     *     floor)
     */
    public String subject() {
        return params.get(SUBJECT_PARAM);
    }

    /**
     * Returns a figure of the primary score.
     *
     * @param statistic which figure
     * @return the figure, or {@code NaN} if this result does not have it
     */
    public double value(Statistic statistic) {
        if (statistic.percentileKey() == null) {
            return score;
        }
        return percentiles.getOrDefault(statistic.percentileKey(), Double.NaN);
    }

    /**
     * Returns a secondary score.
     *
     * @param name the secondary result's name
     * @return the score, or {@code NaN} if absent
     */
    public double secondary(String name) {
        return secondary.getOrDefault(name, Double.NaN);
    }
}
