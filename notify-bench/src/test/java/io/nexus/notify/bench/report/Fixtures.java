package io.nexus.notify.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds JMH-shaped JSON results for tests, as nested maps that tests may change, and writes
 * them as the JSON text JMH writes, to be read back with {@link ResultFile}.
 */
final class Fixtures {

    private Fixtures() {
    }

    /**
     * One averaged result.
     *
     * @param benchmark the full benchmark name
     * @param backend   the backend parameter, or {@code null} for none
     * @param score     the score in ns/op
     * @param alloc     the allocation figure, or {@code null} for none
     * @return the JSON object
     */
    static Map<String, Object> result(String benchmark, String backend, double score,
            Double alloc) {
        final Map<String, Object> o = new LinkedHashMap<>();
        o.put("jmhVersion", "1.37");
        o.put("benchmark", benchmark);
        o.put("mode", "avgt");
        o.put("threads", 1);
        if (backend != null) {
            final Map<String, Object> params = new LinkedHashMap<>();
            params.put("backend", backend);
            o.put("params", params);
        }
        final Map<String, Object> primary = new LinkedHashMap<>();
        primary.put("score", score);
        primary.put("scoreError", "NaN");
        primary.put("scoreUnit", "ns/op");
        o.put("primaryMetric", primary);
        final Map<String, Object> secondary = new LinkedHashMap<>();
        if (alloc != null) {
            final Map<String, Object> a = new LinkedHashMap<>();
            a.put("score", alloc);
            a.put("scoreUnit", "B/op");
            secondary.put(Measurement.ALLOC_NORM, a);
        }
        o.put("secondaryMetrics", secondary);
        return o;
    }

    /**
     * Returns a nested object of a result, to change it.
     *
     * @param result a result
     * @param name   the member's name, for example {@code params}
     * @return the nested object
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> result, String name) {
        return (Map<String, Object>) result.get(name);
    }

    /**
     * Adds percentiles to a result.
     *
     * @param result      the result
     * @param percentiles JMH percentile keys to values
     * @return the result
     */
    static Map<String, Object> withPercentiles(Map<String, Object> result,
            Map<String, Double> percentiles) {
        object(result, "primaryMetric").put("scorePercentiles", new LinkedHashMap<>(percentiles));
        return result;
    }

    /**
     * Adds a parameter to a result that has a subject.
     *
     * @param result a result built with a backend
     * @param name   the parameter's name, for example {@code strategy}
     * @param value  its value
     * @return the result
     */
    static Map<String, Object> withParam(Map<String, Object> result, String name, String value) {
        object(result, "params").put(name, value);
        return result;
    }

    /**
     * Sets the primary score's error.
     *
     * @param result a result
     * @param error  the score error
     * @return the result
     */
    static Map<String, Object> withError(Map<String, Object> result, double error) {
        object(result, "primaryMetric").put("scoreError", error);
        return result;
    }

    /**
     * Wraps results in a document.
     *
     * @param results the results
     * @return the JSON array text
     */
    @SafeVarargs
    static String document(Map<String, Object>... results) {
        return json(List.of(results));
    }

    /**
     * Reads results back as the report does.
     *
     * @param results the results
     * @return the measurements
     */
    @SafeVarargs
    static List<Measurement> parse(Map<String, Object>... results) {
        return ResultFile.parse(document(results));
    }

    private static String json(Object v) {
        if (v instanceof Map<?, ?> m) {
            final StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append(json(k))
                .append(" : ").append(json(x)));
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            final StringBuilder sb = new StringBuilder("[");
            l.forEach(x -> sb.append(sb.length() > 1 ? ",\n" : "").append(json(x)));
            return sb.append(']').toString();
        }
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return v instanceof Double d ? String.format(Locale.ROOT, "%s", d) : String.valueOf(v);
    }
}
