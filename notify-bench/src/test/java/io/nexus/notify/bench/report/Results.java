package io.nexus.notify.bench.report;

import java.util.HashMap;
import java.util.Map;

/** Builds results as JMH's JSON would give them, for the report's tests. */
final class Results {

    private Results() {
    }

    /**
     * An average-time result whose iterations have the median {@code median}, with an error.
     *
     * @param name  {@code Class.method}
     * @param error JMH's score error, or {@code NaN}
     * @param alloc bytes per operation, or {@code NaN} for no GC profile
     * @param forks the forks, 0 for an unforked run
     * @param kv    the parameters, as key, value pairs
     */
    static Result avgt(String name, double median, double error, double alloc, int forks,
            String... kv) {
        final Map<String, Result.Metric> secondary = new HashMap<>();
        if (!Double.isNaN(alloc)) {
            secondary.put("gc.alloc.rate.norm", new Result.Metric(alloc, Double.NaN, null,
                "B/op"));
        }
        return new Result("io.nexus.notify.bench.jmh." + name, "avgt", 1, forks, params(kv),
            "100 ms", new Result.Metric(median, error, Map.of("50.0", median), "ns/op"),
            secondary);
    }

    /** A sampled result with its p50 and p99. */
    static Result sample(String name, double p50, double p99, String... kv) {
        return new Result("io.nexus.notify.bench.jmh." + name, "sample", 1, 1, params(kv),
            "500 ms", new Result.Metric(p50, Double.NaN, Map.of("50.0", p50, "99.0", p99),
            "ns/op"), Map.of());
    }

    private static Map<String, String> params(String... kv) {
        final Map<String, String> params = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put(kv[i], kv[i + 1]);
        }
        return params.isEmpty() ? null : params;
    }
}
