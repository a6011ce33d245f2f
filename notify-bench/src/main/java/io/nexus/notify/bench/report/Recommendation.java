package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The backend to deploy on the machine that ran the table, for a notify-heavy and for a
 * poll-heavy load. For each load, the rows of that load where every backend has a figure are
 * taken; in each row a backend's ratio is its figure over the row's best backend figure; the
 * backend with the lowest geometric mean of its ratios wins, unless the default backend's mean
 * is within {@link #MARGIN} of it: a quick run on a shared machine moves figures by a few
 * percent, and a change of backend is not worth less. Peers and the single-thread queue are
 * not candidates: they cannot be selected by the option.
 */
public final class Recommendation {

    /** The system property that selects a backend. */
    static final String PROPERTY = "io.nexus.notify.backend";

    /** The backend used when the property is not set. */
    static final String DEFAULT_BACKEND = "builtin";

    /** How much lower another backend's mean must be than the default's to be recommended. */
    static final double MARGIN = 1.05;

    /** The JVM option the {@code agrona} backend needs besides the property. */
    static final String AGRONA_OPTION = "--add-exports java.base/jdk.internal.misc=ALL-UNNAMED";

    /** The notify-heavy rows: single notifies and the multi-producer throughput rows. */
    static final Predicate<String> NOTIFY_HEAVY = label -> label.equals("notify, conflated")
        || label.equals("notify new (alone)")
        || (label.startsWith("notify, ") && label.contains(" + poller"));

    /** The poll-heavy rows: every poll row but the per-token repeats of the same figures. */
    static final Predicate<String> POLL_HEAVY = label -> label.startsWith("poll")
        && !label.contains("per token");

    /**
     * One load's choice.
     *
     * @param load    the load, for example {@code notify-heavy}
     * @param backend the backend to deploy, or {@code null} if no row decides
     * @param means   each candidate's geometric mean ratio, best first
     * @param rows    how many rows decided
     */
    public record Choice(String load, String backend, Map<String, Double> means, int rows) {

        /**
         * Copies the means.
         */
        public Choice {
            means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
        }

        /**
         * Returns the JVM options that select the backend.
         *
         * @return for example {@code -Dio.nexus.notify.backend=builtin}
         * @throws IllegalStateException if no backend was chosen
         */
        public String jvmOptions() {
            if (backend == null) {
                throw new IllegalStateException("no backend chosen for " + load);
            }
            final String option = "-D" + PROPERTY + "=" + backend;
            return backend.equals("agrona") ? option + " " + AGRONA_OPTION : option;
        }
    }

    private Recommendation() {
    }

    /**
     * Chooses a backend for one load.
     *
     * @param table the comparison
     * @param load  the load's name
     * @param rows  which row labels belong to the load
     * @return the choice
     */
    public static Choice choose(ComparisonTable table, String load, Predicate<String> rows) {
        final List<String> candidates = new ArrayList<>();
        for (String s : table.subjects()) {
            if (!Subjects.isPeer(s) && !s.equals(Subjects.LOCAL)) {
                candidates.add(s);
            }
        }
        final Map<String, Double> logSums = new LinkedHashMap<>();
        candidates.forEach(c -> logSums.put(c, 0.0));
        int used = 0;
        for (ComparisonTable.Row row : table.rows()) {
            if (!rows.test(row.label()) || candidates.isEmpty()) {
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            for (String c : candidates) {
                best = Math.min(best, row.value(c));
            }
            if (Double.isNaN(best) || best <= 0) {
                continue;
            }
            used++;
            for (String c : candidates) {
                logSums.merge(c, Math.log(row.value(c) / best), Double::sum);
            }
        }
        final Map<String, Double> means = new LinkedHashMap<>();
        if (used > 0) {
            final int n = used;
            logSums.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> means.put(e.getKey(), Math.exp(e.getValue() / n)));
        }
        String backend = means.isEmpty() ? null : means.keySet().iterator().next();
        final Double byDefault = means.get(DEFAULT_BACKEND);
        if (backend != null && byDefault != null && byDefault <= means.get(backend) * MARGIN) {
            backend = DEFAULT_BACKEND;
        }
        return new Choice(load, backend, means, used);
    }

    /**
     * Renders the recommendation for both loads.
     *
     * @param table the comparison
     * @return the text, one paragraph per load, then how it was decided
     */
    public static String render(ComparisonTable table) {
        final StringBuilder sb = new StringBuilder("Recommendation for this machine:\n");
        for (Choice c : List.of(choose(table, "notify-heavy load", NOTIFY_HEAVY),
                choose(table, "poll-heavy load", POLL_HEAVY))) {
            sb.append("  ").append(c.load()).append(": ");
            if (c.backend() == null) {
                sb.append("no row of this load has a figure for every backend\n");
                continue;
            }
            sb.append(c.backend()).append(", run with ").append(c.jvmOptions())
                .append(c.backend().equals(DEFAULT_BACKEND) ? " (the default)\n" : "\n");
            final List<String> means = new ArrayList<>();
            c.means().forEach((b, m) -> means.add(String.format(Locale.ROOT, "%s %.2f", b, m)));
            sb.append("    geometric mean ratio to the best backend over ").append(c.rows())
                .append(c.rows() == 1 ? " row: " : " rows: ").append(String.join(", ", means))
                .append('\n');
        }
        return sb.append(String.format(Locale.ROOT, String.join("\n",
            "  Decided by the geometric mean, over the rows of each load where every backend was",
            "  measured, of each backend's ns/op divided by the row's best backend (notify-heavy:",
            "  notify conflated, notify new, multi-producer rows; poll-heavy: the poll rows); %s",
            "  is kept unless another's mean is more than %.0f%% lower. Peers are not ranked.%n"),
            DEFAULT_BACKEND, (MARGIN - 1) * 100)).toString();
    }
}
