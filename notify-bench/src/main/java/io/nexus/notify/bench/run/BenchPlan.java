package io.nexus.notify.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What a run does: the benchmarks selected, the subjects each queue benchmark is run for, and
 * the JMH invocations ("phases") that cover them. Benchmarks with thread groups
 * (multi-producer) run in their own phases, one per producer count, because JMH's
 * thread-group option applies to a whole invocation.
 *
 * <p>The parked round trips (the blocking channel and its park/unpark floor) also run in a
 * phase of their own, with iterations of at least {@value #PARKED_MIN_MILLIS} ms. One of
 * their operations takes microseconds, so a short iteration holds only a few thousand; the
 * harness and the GC profiler allocate a fixed few kilobytes per iteration, which spread over
 * so few operations would exceed the allocation check's limit although the benchmark itself
 * allocates nothing. The floor runs with the same settings as the benchmark it bounds. The
 * selector wake-up round trip and its floor ({@code SelectorRoundTripBench},
 * {@code FloorSelectorBench}) take microseconds too and run in the same phase.
 *
 * <p>The single-thread queue's benchmarks ({@code LocalQueueBench}) run in a phase of their
 * own with the subjects their annotation names ({@code local} and {@code builtin}): the
 * single-thread queue is not a backend, so the subjects a run compares are not given to them.
 */
public final class BenchPlan {

    /** The parameter every queue benchmark takes its subject from. */
    static final String SUBJECT_PARAM = "backend";

    private static final String GROUP_BENCH = ".MpscBench.";

    /** The benchmarks of the parked phase, matched against {@code Class.method}. */
    private static final Pattern PARKED_BENCH = Pattern.compile(
        "^(ChannelRoundTripBench|FloorParkBench|SelectorRoundTripBench|FloorSelectorBench)\\.");

    /**
     * The benchmarks that keep their own subjects, matched against {@code Class.method}: they
     * run one thread over the single-thread queue, which only they may take.
     */
    private static final Pattern OWN_SUBJECTS_BENCH = Pattern.compile("^LocalQueueBench\\.");

    /** The shortest iteration of the parked phase, in milliseconds. */
    static final long PARKED_MIN_MILLIS = 500;

    /**
     * The export Agrona 2.x needs to start, given to every fork so that the {@code agrona}
     * backend runs there; the runner's own JVM needs it too, to list that backend as available.
     */
    static final String AGRONA_EXPORT = "java.base/jdk.internal.misc=ALL-UNNAMED";

    /**
     * One JMH invocation.
     *
     * @param label    what it covers, for progress output
     * @param options  the JMH options
     * @param runs     how many forked runs (per fork) it makes
     * @param settings the iteration settings it runs with
     */
    public record Phase(String label, Options options, int runs, Settings settings) {
    }

    private final List<Phase> phases;
    private final Settings settings;
    private final int runs;

    private BenchPlan(List<Phase> phases, Settings settings, int runs) {
        this.phases = List.copyOf(phases);
        this.settings = settings;
        this.runs = runs;
    }

    /**
     * Plans a run.
     *
     * @param options   the command-line options
     * @param subjects  the subjects every queue benchmark runs for (backends, then peers)
     * @param producers the producer counts of the multi-producer benchmarks
     * @param silent    an output format for JMH's benchmark lookup
     * @return the plan
     * @throws IllegalArgumentException if no benchmark matches
     */
    public static BenchPlan of(BenchOptions options, List<String> subjects, List<Integer> producers,
            OutputFormat silent) {
        final List<BenchmarkListEntry> single = new ArrayList<>();
        final List<BenchmarkListEntry> parked = new ArrayList<>();
        final List<BenchmarkListEntry> local = new ArrayList<>();
        final List<BenchmarkListEntry> grouped = new ArrayList<>();
        for (BenchmarkListEntry e : BenchmarkList.defaultList().find(silent, List.of(".*"), List.of())) {
            final String name = shortName(e.getUsername());
            if (options.include().matcher(name).find()) {
                if (e.getUsername().contains(GROUP_BENCH)) {
                    grouped.add(e);
                } else if (isParked(name)) {
                    parked.add(e);
                } else if (keepsOwnSubjects(name)) {
                    local.add(e);
                } else {
                    single.add(e);
                }
            }
        }
        if (single.isEmpty() && parked.isEmpty() && local.isEmpty() && grouped.isEmpty()) {
            throw new IllegalArgumentException("no benchmark matches --bench '"
                + options.include().pattern() + "'");
        }
        final int singleRuns = count(single, subjects.size());
        final int parkedRuns = count(parked, subjects.size());
        final int localRuns = count(local, 0);
        final int groupedRuns = count(grouped, subjects.size()) * producers.size();
        final int runs = singleRuns + parkedRuns + localRuns + groupedRuns;
        final Settings settings = options.smoke() ? Settings.smoke()
            : options.full() ? Settings.full() : Settings.quick(runs);
        final Options common = common(settings);
        final List<Phase> phases = new ArrayList<>();
        if (!single.isEmpty()) {
            phases.add(new Phase("single-threaded and paired benchmarks",
                builder(common, single, subjects).build(), singleRuns, settings));
        }
        if (!local.isEmpty()) {
            phases.add(new Phase("single-thread queue, local vs builtin",
                builder(common, local, List.of()).build(), localRuns, settings));
        }
        if (!parked.isEmpty()) {
            final Settings longer = options.smoke() ? settings
                : settings.withMinMillis(PARKED_MIN_MILLIS);
            phases.add(new Phase("parked round trips (" + longer.millis() + " ms iterations)",
                builder(common, parked, subjects)
                    .warmupTime(TimeValue.milliseconds(longer.millis()))
                    .measurementTime(TimeValue.milliseconds(longer.millis())).build(),
                parkedRuns, longer));
        }
        if (!grouped.isEmpty()) {
            for (int p : producers) {
                phases.add(new Phase(p + " producer" + (p == 1 ? "" : "s") + " + 1 poller",
                    builder(common, grouped, subjects).threadGroups(1, p).build(),
                    count(grouped, subjects.size()), settings));
            }
        }
        return new BenchPlan(phases, settings, runs);
    }

    /**
     * The options every phase shares: the settings, the GC profiler, the forks' JVM options.
     * Results are not written by JMH: the runner merges what each phase returns.
     */
    static Options common(Settings settings) {
        return new OptionsBuilder()
            .forks(settings.forks())
            .warmupIterations(settings.warmups())
            .warmupTime(TimeValue.milliseconds(settings.millis()))
            .measurementIterations(settings.measurements())
            .measurementTime(TimeValue.milliseconds(settings.millis()))
            .addProfiler(GCProfiler.class)
            .jvmArgsAppend("-Xms256m", "-Xmx256m", "--add-exports", AGRONA_EXPORT)
            .shouldFailOnError(true)
            .build();
    }

    /**
     * Builds a phase's options over the common ones.
     *
     * @param subjects the subjects given to the {@value #SUBJECT_PARAM} parameter; empty to
     *     keep the values the benchmarks' annotations name
     */
    private static ChainedOptionsBuilder builder(Options common, List<BenchmarkListEntry> entries,
            List<String> subjects) {
        final ChainedOptionsBuilder b = new OptionsBuilder().parent(common);
        if (!subjects.isEmpty()) {
            b.param(SUBJECT_PARAM, subjects.toArray(new String[0]));
        }
        for (BenchmarkListEntry e : entries) {
            b.include("^" + Pattern.quote(e.getUsername()) + "$");
        }
        return b;
    }

    /**
     * Counts the forked runs: one per parameter combination, subjects included.
     *
     * @param subjects how many subjects the phase gives each benchmark, or 0 for a phase that
     *     keeps the subjects the benchmarks' annotations name
     */
    private static int count(List<BenchmarkListEntry> entries, int subjects) {
        int n = 0;
        for (BenchmarkListEntry e : entries) {
            int combinations = 1;
            if (e.getParams().hasValue()) {
                for (Map.Entry<String, String[]> p : e.getParams().get().entrySet()) {
                    final boolean given = p.getKey().equals(SUBJECT_PARAM) && subjects > 0;
                    combinations *= given ? subjects : p.getValue().length;
                }
            }
            n += combinations;
        }
        return n;
    }

    /**
     * Tells whether a benchmark runs in the parked phase.
     *
     * @param name {@code Class.method}
     * @return {@code true} for the parked and selector round trips and their floors
     */
    static boolean isParked(String name) {
        return PARKED_BENCH.matcher(name).find();
    }

    /**
     * Tells whether a benchmark keeps the subjects its annotation names.
     *
     * @param name {@code Class.method}
     * @return {@code true} for the single-thread queue's benchmarks
     */
    static boolean keepsOwnSubjects(String name) {
        return OWN_SUBJECTS_BENCH.matcher(name).find();
    }

    /** Turns {@code a.b.NotifyBench.conflated} into {@code NotifyBench.conflated}. */
    static String shortName(String username) {
        final int method = username.lastIndexOf('.');
        final int type = username.lastIndexOf('.', method - 1);
        return username.substring(type + 1);
    }

    /**
     * Returns the JMH invocations, in order.
     *
     * @return the phases
     */
    public List<Phase> phases() {
        return phases;
    }

    /**
     * Returns the JMH settings of the phases; the parked phase lengthens their iterations to
     * {@value #PARKED_MIN_MILLIS} ms if they are shorter.
     *
     * @return the settings
     */
    public Settings settings() {
        return settings;
    }

    /**
     * Estimates the wall time of all phases.
     *
     * @return the estimate, in seconds
     */
    public long estimateSeconds() {
        long seconds = 0;
        for (Phase p : phases) {
            seconds += p.settings().estimateSeconds(p.runs());
        }
        return seconds;
    }

    /**
     * Returns the number of benchmark and parameter combinations.
     *
     * @return the run count
     */
    public int runs() {
        return runs;
    }
}
