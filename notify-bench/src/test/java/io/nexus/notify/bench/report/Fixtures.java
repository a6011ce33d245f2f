package io.nexus.notify.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/** Builds JMH-shaped JSON results for tests. */
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
    static JsonObject result(String benchmark, String backend, double score, Double alloc) {
        final JsonObject o = new JsonObject();
        o.addProperty("jmhVersion", "1.37");
        o.addProperty("benchmark", benchmark);
        o.addProperty("mode", "avgt");
        o.addProperty("threads", 1);
        if (backend != null) {
            final JsonObject params = new JsonObject();
            params.addProperty("backend", backend);
            o.add("params", params);
        }
        final JsonObject primary = new JsonObject();
        primary.addProperty("score", score);
        primary.addProperty("scoreUnit", "ns/op");
        o.add("primaryMetric", primary);
        final JsonObject secondary = new JsonObject();
        if (alloc != null) {
            final JsonObject a = new JsonObject();
            a.addProperty("score", alloc);
            a.addProperty("scoreUnit", "B/op");
            secondary.add(Measurement.ALLOC_NORM, a);
        }
        o.add("secondaryMetrics", secondary);
        return o;
    }

    /**
     * Adds percentiles to a result.
     *
     * @param result      the result
     * @param percentiles JMH percentile keys to values
     * @return the result
     */
    static JsonObject withPercentiles(JsonObject result, Map<String, Double> percentiles) {
        final JsonObject p = new JsonObject();
        percentiles.forEach(p::addProperty);
        result.getAsJsonObject("primaryMetric").add("scorePercentiles", p);
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
    static JsonObject withParam(JsonObject result, String name, String value) {
        result.getAsJsonObject("params").addProperty(name, value);
        return result;
    }

    /**
     * Wraps results in a document.
     *
     * @param results the results
     * @return the JSON array text
     */
    static String document(JsonObject... results) {
        final JsonArray a = new JsonArray();
        for (JsonObject r : results) {
            a.add(r);
        }
        return a.toString();
    }
}
