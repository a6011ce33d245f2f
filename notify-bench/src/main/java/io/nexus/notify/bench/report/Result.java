package io.nexus.notify.bench.report;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One result of JMH's JSON output as Gson reads it, with the fields the report uses; a metric
 * holds JMH's score (the mean), its error (half the 99.9% interval, {@code NaN} for none) and
 * JMH's percentiles of the iterations over all forks (of the samples in sample mode), whose
 * 50th is their median.
 */
record Result(String benchmark, String mode, int threads, int forks, Map<String, String> params,
        String measurementTime, Metric primaryMetric, Map<String, Metric> secondaryMetrics) {

    record Metric(double score, double scoreError, Map<String, Double> scorePercentiles,
            String scoreUnit) {

        /** A percentile, for example {@code 50.0}, or {@code NaN}. */
        double percentile(String name) {
            return scorePercentiles == null ? Double.NaN
                : scorePercentiles.getOrDefault(name, Double.NaN);
        }
    }

    /** Reads a JMH JSON result file; throws if it is not one. */
    static List<Result> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            final Result[] results = new Gson().fromJson(reader, Result[].class);
            if (results == null || Arrays.stream(results).anyMatch(r -> r == null
                    || r.benchmark == null || r.mode == null || r.primaryMetric == null)) {
                throw new IOException(file + " is not JMH's JSON: an entry has no benchmark,"
                    + " mode or score");
            }
            return List.of(results);
        } catch (JsonParseException e) {
            throw new IOException(file + " is not JMH's JSON: " + e.getMessage(), e);
        }
    }

    /** The benchmark's {@code Class.method}, without the package. */
    String name() {
        return benchmark.replaceFirst(".*\\.([^.]+\\.[^.]+)$", "$1");
    }

    /** A parameter's value, or {@code null}. */
    String param(String name) {
        return params == null ? null : params.get(name);
    }

    /** The subject (the {@code backend} parameter), or {@code null} for a floor. */
    String subject() {
        return param("backend");
    }

    /** A secondary metric, or {@code null}. */
    Metric secondary(String name) {
        return secondaryMetrics == null ? null : secondaryMetrics.get(name);
    }

    /** A secondary metric's score, or {@code NaN} without it. */
    double secondaryScore(String name) {
        final Metric m = secondary(name);
        return m == null ? Double.NaN : m.score();
    }

    /** Bytes allocated per operation (the GC profiler's), or {@code NaN} without it. */
    double allocation() {
        return secondaryScore("gc.alloc.rate.norm");
    }

    /** One measurement iteration's length in milliseconds, or {@code NaN} if unknown. */
    double iterationMillis() {
        return measurementTime == null ? Double.NaN
            : TimeValue.fromString(measurementTime).convertTo(TimeUnit.NANOSECONDS) / 1e6;
    }
}
