package io.nexus.notify.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One JMH result as the report uses it: a benchmark with its parameters and the figures it
 * produced. Built from JMH's own {@link RunResult} after a run ({@link #of(RunResult)}), or
 * from a saved JSON result ({@link ResultFile}) to re-render or compare with one.
 *
 * @param benchmark   the short benchmark name, {@code Class.method} (or {@code Class.group})
 * @param params      the benchmark's parameters, for example {@code backend=builtin}
 * @param mode        JMH's mode, for example {@code avgt} or {@code sample}
 * @param threads     the number of threads that ran it
 * @param unit        the unit of the primary score, for example {@code ns/op}
 * @param score       the primary score: the median of its measurement iterations when JMH
 *                    recorded them, else JMH's score
 * @param error       JMH's score error (half the 99.9% confidence interval), {@code NaN} if
 *                    there were too few iterations to give one
 * @param percentiles the primary score's percentiles by JMH key ({@code "50.0"}); empty
 *                    unless sampled
 * @param secondary   secondary scores by name, taken the same way as {@code score}: group
 *                    members' scores and profiler figures such as {@value #ALLOC_NORM}
 * @param secondaryErrors the secondary scores' errors by name
 * @param iterationMillis the length of one measurement iteration, in milliseconds; {@code NaN}
 *                    if unknown
 */
public record Measurement(String benchmark, Map<String, String> params, String mode, int threads,
        String unit, double score, double error, Map<String, Double> percentiles,
        Map<String, Double> secondary, Map<String, Double> secondaryErrors,
        double iterationMillis) {

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
        secondaryErrors = Map.copyOf(secondaryErrors);
    }

    /**
     * Reads one of JMH's results: the median of the iterations (JMH's statistics over them),
     * its error, the sampled percentiles, and the secondary results (group members, GC
     * profiler).
     *
     * @param run a result that {@code Runner.run()} returned
     * @return the measurement
     */
    public static Measurement of(RunResult run) {
        final BenchmarkParams p = run.getParams();
        final Map<String, String> params = new LinkedHashMap<>();
        for (String key : p.getParamsKeys()) {
            params.put(key, p.getParam(key));
        }
        final Result<?> primary = run.getPrimaryResult();
        final String mode = p.getMode().shortLabel();
        final Map<String, Double> percentiles = new LinkedHashMap<>();
        double score = typical(primary);
        if (SAMPLE_MODE.equals(mode)) {
            // The statistics of a sampled result are over operations, not iterations.
            score = primary.getScore();
            for (Statistic s : Statistic.values()) {
                if (s.percentileKey() != null) {
                    percentiles.put(s.percentileKey(), primary.getStatistics()
                        .getPercentile(Double.parseDouble(s.percentileKey())));
                }
            }
        }
        final Map<String, Double> secondary = new LinkedHashMap<>();
        final Map<String, Double> errors = new LinkedHashMap<>();
        for (Map.Entry<String, Result> e : run.getSecondaryResults().entrySet()) {
            secondary.put(label(e.getKey()), typical(e.getValue()));
            errors.put(label(e.getKey()), e.getValue().getScoreError());
        }
        return new Measurement(shortName(p.getBenchmark()), params, mode, p.getThreads(),
            primary.getScoreUnit(), score, primary.getScoreError(), percentiles, secondary,
            errors, p.getMeasurement().getTime().convertTo(TimeUnit.MICROSECONDS) / 1e3);
    }

    /**
     * Returns the median of a result's iteration scores, or its score if it has none. On a
     * shared machine one iteration can be slowed by another process many times over; the
     * median ignores it where the mean would not.
     */
    private static double typical(Result<?> r) {
        return r.getStatistics().getN() > 0 ? r.getStatistics().getPercentile(50) : r.getScore();
    }

    /**
     * Drops the {@code ·} JMH puts before a profiler's result names in some versions.
     *
     * @param name a secondary result's name
     * @return the name without the prefix
     */
    static String label(String name) {
        return name.startsWith("\u00b7") ? name.substring(1) : name;
    }

    /**
     * Turns {@code a.b.NotifyBench.conflated} into {@code NotifyBench.conflated}.
     *
     * @param benchmark a full benchmark name
     * @return the class and method
     */
    static String shortName(String benchmark) {
        final int method = benchmark.lastIndexOf('.');
        if (method < 0) {
            return benchmark;
        }
        final int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
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
