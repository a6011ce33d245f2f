package io.nexus.notify.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and merges JMH's JSON result format ({@code -rf json}). */
public final class JmhJson {

    private JmhJson() {
    }

    /**
     * Parses a JMH JSON result document.
     *
     * @param json the document: an array of benchmark results
     * @return the results, in document order
     * @throws IllegalArgumentException if the text is not a JMH result array
     */
    public static List<Measurement> parse(String json) {
        final JsonElement root = JsonParser.parseString(json);
        if (!root.isJsonArray()) {
            throw new IllegalArgumentException("a JMH JSON result is an array, found: "
                + abbreviate(json));
        }
        final List<Measurement> results = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray()) {
            results.add(toMeasurement(e.getAsJsonObject()));
        }
        return results;
    }

    /**
     * Concatenates several JMH JSON result documents into one.
     *
     * @param documents the documents, each an array (an empty text counts as an empty array)
     * @return one array holding every result, in order
     */
    public static String merge(List<String> documents) {
        final JsonArray all = new JsonArray();
        for (String d : documents) {
            if (!d.isBlank()) {
                all.addAll(JsonParser.parseString(d).getAsJsonArray());
            }
        }
        return all.toString();
    }

    private static Measurement toMeasurement(JsonObject o) {
        final String benchmark = shortName(required(o, "benchmark").getAsString());
        final Map<String, String> params = new LinkedHashMap<>();
        if (o.has("params")) {
            for (Map.Entry<String, JsonElement> p : o.getAsJsonObject("params").entrySet()) {
                params.put(p.getKey(), p.getValue().getAsString());
            }
        }
        final JsonObject primary = required(o, "primaryMetric").getAsJsonObject();
        final Map<String, Double> percentiles = new LinkedHashMap<>();
        if (primary.has("scorePercentiles")) {
            for (Map.Entry<String, JsonElement> p
                    : primary.getAsJsonObject("scorePercentiles").entrySet()) {
                percentiles.put(p.getKey(), number(p.getValue()));
            }
        }
        final Map<String, Double> secondary = new LinkedHashMap<>();
        if (o.has("secondaryMetrics")) {
            for (Map.Entry<String, JsonElement> s
                    : o.getAsJsonObject("secondaryMetrics").entrySet()) {
                secondary.put(s.getKey(), typical(s.getValue().getAsJsonObject()));
            }
        }
        final int threads = o.has("threads") ? o.get("threads").getAsInt() : 1;
        final String mode = o.has("mode") ? o.get("mode").getAsString() : "avgt";
        return new Measurement(benchmark, params, mode, threads,
            required(primary, "scoreUnit").getAsString(), typical(primary),
            percentiles, secondary);
    }

    /**
     * Returns the median of a metric's iteration scores ({@code rawData}: one array per fork),
     * or its {@code score} if it has none. On a shared machine one iteration can be slowed by
     * another process many times over; the median ignores it where the mean would not.
     */
    private static double typical(JsonObject metric) {
        final List<Double> raw = new ArrayList<>();
        if (metric.has("rawData")) {
            for (JsonElement fork : metric.getAsJsonArray("rawData")) {
                for (JsonElement v : fork.getAsJsonArray()) {
                    raw.add(number(v));
                }
            }
        }
        if (raw.isEmpty()) {
            return number(required(metric, "score"));
        }
        raw.sort(null);
        final int n = raw.size();
        return n % 2 == 1 ? raw.get(n / 2) : (raw.get(n / 2 - 1) + raw.get(n / 2)) / 2;
    }

    /** JMH writes "NaN" as a string for a missing figure. */
    private static double number(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return Double.NaN;
        }
        if (e.getAsJsonPrimitive().isString()) {
            return Double.parseDouble(e.getAsString());
        }
        return e.getAsDouble();
    }

    private static JsonElement required(JsonObject o, String name) {
        final JsonElement e = o.get(name);
        if (e == null) {
            throw new IllegalArgumentException("JMH result lacks '" + name + "': " + abbreviate(o.toString()));
        }
        return e;
    }

    /** Turns {@code a.b.NotifyBench.conflated} into {@code NotifyBench.conflated}. */
    static String shortName(String benchmark) {
        final int method = benchmark.lastIndexOf('.');
        if (method < 0) {
            return benchmark;
        }
        final int type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
