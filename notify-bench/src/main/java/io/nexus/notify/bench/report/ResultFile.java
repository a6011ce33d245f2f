package io.nexus.notify.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a saved JMH JSON result ({@code results/jmh-result.json}) back into
 * {@link Measurement}s, to re-render it or to compare a run with it: JMH writes that format
 * but cannot read it. Only what the report uses is read; the parser knows just enough JSON
 * for JMH's output (objects, arrays, strings, numbers, {@code true}/{@code false}/{@code null}).
 */
public final class ResultFile {

    private final String text;
    private int at;

    private ResultFile(String text) {
        this.text = text;
    }

    /**
     * Reads a result file.
     *
     * @param file the JMH JSON result file
     * @return the results, in file order
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException if it is not a JMH JSON result array
     */
    public static List<Measurement> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses a JMH JSON result document.
     *
     * @param json the document: an array of benchmark results
     * @return the results, in document order
     * @throws IllegalArgumentException if the text is not a JMH result array
     */
    public static List<Measurement> parse(String json) {
        final ResultFile p = new ResultFile(json);
        final Object root = p.value();
        p.skipSpace();
        if (!(root instanceof List<?> list) || p.at != json.length()) {
            throw new IllegalArgumentException("a JMH JSON result is one array, found: "
                + (json.length() <= 80 ? json : json.substring(0, 77) + "..."));
        }
        final List<Measurement> results = new ArrayList<>();
        for (Object o : list) {
            results.add(toMeasurement(object(o, "a result")));
        }
        return results;
    }

    private static Measurement toMeasurement(Map<String, Object> o) {
        final Map<String, String> params = new LinkedHashMap<>();
        object(o.getOrDefault("params", Map.of()), "params")
            .forEach((k, v) -> params.put(k, String.valueOf(v)));
        final Map<String, Object> primary = object(required(o, "primaryMetric"), "primaryMetric");
        final Map<String, Double> percentiles = new LinkedHashMap<>();
        object(primary.getOrDefault("scorePercentiles", Map.of()), "scorePercentiles")
            .forEach((k, v) -> percentiles.put(k, number(v)));
        final Map<String, Double> secondary = new LinkedHashMap<>();
        final Map<String, Double> errors = new LinkedHashMap<>();
        object(o.getOrDefault("secondaryMetrics", Map.of()), "secondaryMetrics").forEach((k, v) -> {
            secondary.put(Measurement.label(k), typical(object(v, k)));
            errors.put(Measurement.label(k), number(object(v, k).get("scoreError")));
        });
        final Object threads = o.getOrDefault("threads", 1.0);
        return new Measurement(Measurement.shortName(String.valueOf(required(o, "benchmark"))),
            params, String.valueOf(o.getOrDefault("mode", "avgt")), (int) number(threads),
            String.valueOf(required(primary, "scoreUnit")), typical(primary),
            number(primary.get("scoreError")), percentiles, secondary, errors,
            millis(o.get("measurementTime")));
    }

    /** An iteration length as JMH writes it ({@code "500 ms"}, {@code "1 s"}), in ms. */
    static double millis(Object time) {
        if (!(time instanceof String s) || !s.matches("\\d+ (ms|s|us)")) {
            return Double.NaN;
        }
        final String[] parts = s.split(" ");
        final double value = Double.parseDouble(parts[0]);
        switch (parts[1]) {
            case "s":
                return value * 1e3;
            case "us":
                return value / 1e3;
            default:
                return value;
        }
    }

    /** The median of a metric's iteration scores ({@code rawData}), else its score. */
    private static double typical(Map<String, Object> metric) {
        final List<Double> raw = new ArrayList<>();
        if (metric.get("rawData") instanceof List<?> forks) {
            for (Object fork : forks) {
                if (fork instanceof List<?> values) {
                    values.forEach(v -> raw.add(number(v)));
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

    /** A number; JMH writes a missing figure as the string {@code "NaN"}. */
    private static double number(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        return v instanceof String s ? Double.parseDouble(s) : Double.NaN;
    }

    private static Object required(Map<String, Object> o, String name) {
        final Object v = o.get(name);
        if (v == null) {
            throw new IllegalArgumentException("JMH result lacks '" + name + "'");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String what) {
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return (Map<String, Object>) v;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("a value");
        }
        final char c = text.charAt(at);
        if (c == '{') {
            final Map<String, Object> map = new LinkedHashMap<>();
            at++;
            if (!consume('}')) {
                do {
                    skipSpace();
                    final String key = string();
                    expect(':');
                    map.put(key, value());
                } while (consume(','));
                expect('}');
            }
            return map;
        }
        if (c == '[') {
            final List<Object> list = new ArrayList<>();
            at++;
            if (!consume(']')) {
                do {
                    list.add(value());
                } while (consume(','));
                expect(']');
            }
            return list;
        }
        if (c == '"') {
            return string();
        }
        for (String word : new String[] {"true", "false", "null"}) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        final int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return Double.valueOf(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw error("a value");
        }
    }

    private String string() {
        if (at >= text.length() || text.charAt(at) != '"') {
            throw error("a string");
        }
        final StringBuilder sb = new StringBuilder();
        for (at++; at < text.length() && text.charAt(at) != '"'; at++) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length()) {
                c = text.charAt(++at);
                if (c == 'u' && at + 4 < text.length()) {
                    c = (char) Integer.parseInt(text.substring(at + 1, at + 5), 16);
                    at += 4;
                } else {
                    c = switch (c) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> c;
                    };
                }
            }
            sb.append(c);
        }
        expect('"');
        return sb.toString();
    }

    private boolean consume(char c) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("'" + c + "'");
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("not JSON: expected " + expected + " at offset " + at);
    }
}
