package io.nexus.notify.bench.run;

import io.nexus.notify.EventQueue;
import io.nexus.notify.bench.idle.IdleCpuProbe;
import io.nexus.notify.bench.idle.Timing;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.bench.report.Measurement;
import io.nexus.notify.bench.report.Report;
import io.nexus.notify.bench.report.ResultFile;
import io.nexus.notify.spi.Backends;
import io.nexus.notify.spi.EventQueueProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The main job: runs the comparison of every selected backend with the peers and floors, then
 * prints the table and writes {@code results/}: {@value #RESULT} (JMH's JSON),
 * {@value #LOG} (JMH's full output), the Markdown table and the chart; with
 * {@code --baseline} it compares the run with a saved result; it ends with a recommendation.
 * The results are the {@code RunResult}s JMH returns from each phase, merged and written with
 * JMH's own JSON format. Exits with 1 if a
 * benchmark of ours allocates, 2 on bad options. With {@code --idle} it runs the idle CPU probe
 * ({@link IdleCpuProbe}) instead.
 */
public final class BenchMain {

    /** The merged JMH JSON result's file name. */
    public static final String RESULT = "jmh-result.json";
    /** JMH's full text output's file name. */
    public static final String LOG = "jmh-log.txt";

    private BenchMain() {
    }

    /**
     * Runs the comparison.
     *
     * @param args see {@link BenchOptions#USAGE}
     * @throws IOException     if results cannot be written
     * @throws RunnerException if JMH fails
     * @throws InterruptedException if interrupted during the idle probe
     */
    public static void main(String[] args) throws IOException, RunnerException,
            InterruptedException {
        final BenchOptions options;
        final List<String> subjects;
        try {
            options = BenchOptions.parse(args);
            subjects = subjects(options.backends());
            if (options.baseline() != null) {
                checkBaseline(options.baseline());
            }
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        if (options.idle()) {
            new IdleCpuProbe(Timing.system(), IdleCpuProbe.SETTLE, IdleCpuProbe.WINDOW)
                .run(System.out);
            return;
        }
        final long start = System.nanoTime();
        Files.createDirectories(options.out());
        final PrintStream console = System.out;
        final OutputFormat silent = OutputFormatFactory.createFormatInstance(
            new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
            VerboseMode.SILENT);
        final BenchPlan plan;
        try {
            plan = BenchPlan.of(options, subjects, producerCounts(options.full()), silent);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        final String mode = options.smoke() ? "smoke mode (figures mean nothing)"
            : options.full() ? "full mode" : "quick mode";
        console.println("notify bench, " + mode + ": " + plan.runs() + " benchmark runs ("
            + plan.settings() + "), subjects " + subjects + ", plus floors");
        console.println("Machine: " + Machine.describe());
        for (EventQueueProvider p : Backends.installed().providers()) {
            p.unavailableReason().ifPresent(reason ->
                console.println("Backend '" + p.name() + "' not run: " + reason));
        }
        console.println("Estimated time: about " + plan.estimateSeconds()
            + " s. JMH's full output goes to " + options.out().resolve(LOG));
        final List<RunResult> results = new ArrayList<>();
        try (PrintStream logStream = new PrintStream(
                Files.newOutputStream(options.out().resolve(LOG)), true, StandardCharsets.UTF_8)) {
            final ProgressFormat progress = new ProgressFormat(
                OutputFormatFactory.createFormatInstance(logStream, VerboseMode.NORMAL), console,
                plan.runs());
            for (BenchPlan.Phase phase : plan.phases()) {
                console.println("-- " + phase.label());
                try {
                    results.addAll(new Runner(phase.options(), progress).run());
                } catch (RunnerException e) {
                    System.err.println();
                    System.err.println("bench: " + progress.current() + " failed: "
                        + rootCause(e) + " (JMH's full output: " + options.out().resolve(LOG)
                        + ")");
                    System.exit(1);
                    return;
                }
            }
        }
        final Path result = options.out().resolve(RESULT);
        ResultFormatFactory.getInstance(ResultFormatType.JSON, result.toString())
            .writeOut(results);
        console.println("Wrote " + result);
        final List<Measurement> measurements = new ArrayList<>();
        results.forEach(r -> measurements.add(Measurement.of(r)));
        final String parked = options.smoke() ? "" : " (parked round trips: iterations of at least "
            + BenchPlan.PARKED_MIN_MILLIS + " ms)";
        final String header = mode + ", " + plan.settings() + parked + ", GC profiler on; "
            + Machine.describe() + "; " + LocalDate.now(ZoneOffset.UTC);
        final boolean clean = Report.render(measurements, options.out(), console, header,
            options.baseline());
        if (!clean && options.smoke()) {
            console.println("Smoke mode: the allocation verdict above does not set the exit"
                + " status. Unforked, unwarmed code runs in the interpreter and C1, without the"
                + " escape analysis that removes short-lived objects in a measured run.");
        }
        console.printf("Done in %.0f s.%n", (System.nanoTime() - start) / 1e9);
        if (!clean && !options.smoke()) {
            System.exit(1);
        }
    }

    /**
     * The innermost cause of a failure, which names what went wrong in the benchmark. JMH
     * attaches the benchmark's own exceptions to its {@code BenchmarkException} as suppressed
     * ones, so they are followed too.
     */
    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (true) {
            if (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            } else if (cause.getSuppressed().length > 0) {
                cause = cause.getSuppressed()[0];
            } else {
                return cause;
            }
        }
    }

    /** Reads the baseline before the run, so that a bad file fails at once, not at the end. */
    private static void checkBaseline(Path file) {
        try {
            ResultFile.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("--baseline " + file + " is not a readable JMH JSON"
                + " result: " + e, e);
        }
    }

    /** The chosen backends (every available one by default), then the peers. */
    private static List<String> subjects(List<String> requested) {
        final List<String> available = EventQueue.availableBackends();
        final List<String> subjects = new ArrayList<>();
        for (String b : requested.isEmpty() ? available : requested) {
            if (!available.contains(b)) {
                throw new IllegalArgumentException("backend '" + b + "' is not available here; "
                    + "available backends: " + available);
            }
            subjects.add(b);
        }
        subjects.addAll(Subjects.peers());
        return subjects;
    }

    /** Producer counts: 1..cores-1 in full mode, the two ends of that range in quick mode. */
    private static List<Integer> producerCounts(boolean full) {
        final int most = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        final TreeSet<Integer> counts = new TreeSet<>();
        if (full) {
            for (int p = 1; p <= most; p++) {
                counts.add(p);
            }
        } else {
            counts.add(1);
            counts.add(most);
        }
        return new ArrayList<>(counts);
    }
}
