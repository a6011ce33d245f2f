package io.nexus.notify.bench;

import io.nexus.notify.bench.report.Report;
import io.nexus.notify.bench.report.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The main job, {@code ./bench}: runs JMH with its own command line and the settings the
 * benchmarks declare, the GC profiler on, JMH's output both on the console and in
 * {@value #LOG}, its JSON in {@value #RESULT}; then renders the {@link Report}. Exits with 1 if
 * a benchmark fails (naming it and its parameters) or a benchmark of ours allocates, 2 on bad
 * options.
 */
public final class BenchMain {

    /** JMH's JSON result's file name. */
    public static final String RESULT = "jmh-result.json";
    /** JMH's full text output's file name. */
    public static final String LOG = "jmh-log.txt";

    static final String USAGE = String.join("\n",
        "usage: ./bench [--smoke | --full] [--baseline FILE] [--out DIR] [JMH options] [regex...]",
        "       ./bench --idle | --help",
        "  (default)        quick run: every benchmark with the settings it declares (1 fork,",
        "                   2 + 5 iterations of 100 ms; 500 ms for round trips that park or select)",
        "  --smoke          every benchmark once, unforked, one 20 ms iteration: -f 0 -wi 0 -i 1 -r 20ms",
        "  --full           the long run: -f 2 -wi 3 -w 1s -i 5 -r 1s",
        "  --baseline FILE  also compare with a saved jmh-result.json, within JMH's error intervals",
        "  --out DIR        where results go (default results)",
        "  --idle           CPU share of a receiver waiting on an empty channel, per wait strategy",
        "  JMH options pass through, for example: 'Poll|RoundTrip' (benchmarks to run),",
        "  -p backend=builtin,peer-jctools, -f 2, -wi 3, -i 10, -tg 1,3, -prof stack; -h lists them.");

    private static final Map<String, String> SETTINGS = Map.of(
        "quick", "the settings each benchmark declares: 1 fork, 2 + 5 iterations of 100 ms,"
            + " 500 ms for round trips that park or select",
        "smoke", "-f 0 -wi 0 -i 1 -r 20ms: proves the suite runs, its figures mean nothing",
        "full", "-f 2 -wi 3 -w 1s -i 5 -r 1s");

    /** The benchmark running now, for the failure message. */
    private static volatile BenchmarkParams current;

    private BenchMain() {
    }

    /**
     * Runs the suite and the report.
     *
     * @param args see {@link #USAGE}
     * @throws IOException          if results cannot be written
     * @throws InterruptedException if interrupted during the idle probe
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        String mode = "quick";
        Path out = Path.of("results");
        Path baseline = null;
        final List<String> jmhArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke", "--full", "--idle", "--help" -> mode = args[i].substring(2);
                case "--out" -> out = Path.of(value(args, ++i));
                case "--baseline" -> baseline = Path.of(value(args, ++i));
                default -> jmhArgs.add(args[i]);
            }
        }
        if (mode.equals("help")) {
            System.out.println(USAGE);
            return;
        }
        if (mode.equals("idle")) {
            IdleCpuProbe.run(System.out, 100, 1000);
            return;
        }
        final CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(jmhArgs.toArray(new String[0]));
            if (baseline != null) {
                Result.read(baseline);
            }
        } catch (CommandLineOptionException | IOException e) {
            fail(2, "bench: " + e.getMessage() + "\n" + USAGE);
            return;
        }
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams()
                || cli.shouldListProfilers() || cli.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(jmhArgs.toArray(new String[0]));
            return;
        }
        Files.createDirectories(out);
        final ChainedOptionsBuilder options = new OptionsBuilder().parent(cli)
            .result(out.resolve(RESULT).toString()).resultFormat(ResultFormatType.JSON);
        // The mode's settings, where the command line does not give its own.
        final boolean smoke = mode.equals("smoke");
        if ((smoke || mode.equals("full")) && !cli.getForkCount().hasValue()) {
            options.forks(smoke ? 0 : 2);
        }
        if ((smoke || mode.equals("full")) && !cli.getWarmupIterations().hasValue()) {
            options.warmupIterations(smoke ? 0 : 3);
        }
        if (mode.equals("full") && !cli.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.seconds(1));
        }
        if ((smoke || mode.equals("full")) && !cli.getMeasurementIterations().hasValue()) {
            options.measurementIterations(smoke ? 1 : 5);
        }
        if ((smoke || mode.equals("full")) && !cli.getMeasurementTime().hasValue()) {
            options.measurementTime(smoke ? TimeValue.milliseconds(20) : TimeValue.seconds(1));
        }
        if (cli.getProfilers().stream().noneMatch(p -> p.getKlass().equals("gc")
                || p.getKlass().equals(GCProfiler.class.getName()))) {
            options.addProfiler(GCProfiler.class);
        }
        if (!cli.shouldFailOnError().hasValue()) {
            options.shouldFailOnError(true);
        }
        final long start = System.nanoTime();
        final String header = mode + " run (" + SETTINGS.get(mode)
            + (jmhArgs.isEmpty() ? "" : "; JMH options " + String.join(" ", jmhArgs))
            + "), GC profiler on; " + machine() + "; " + LocalDate.now(ZoneOffset.UTC);
        System.out.println("notify bench, " + header);
        try (OutputStream log = Files.newOutputStream(out.resolve(LOG))) {
            final PrintStream both = new PrintStream(new Tee(System.out, log), true,
                StandardCharsets.UTF_8);
            new Runner(options.build(), tracking(OutputFormatFactory.createFormatInstance(both,
                cli.verbosity().orElse(VerboseMode.NORMAL)))).run();
        } catch (RunnerException e) {
            final BenchmarkParams b = current;
            fail(1, "bench: " + (b == null ? "the run" : b.getBenchmark().replaceFirst(
                ".*\\.(\\w+\\.\\w+)$", "$1") + " " + paramsOf(b)) + " failed: " + rootCause(e)
                + " (JMH's full output: " + out.resolve(LOG) + ")");
            return;
        }
        final boolean clean = Report.render(Result.read(out.resolve(RESULT)), out, System.out,
            header, baseline);
        System.out.printf("Done in %.0f s.%n", (System.nanoTime() - start) / 1e9);
        if (!clean) {
            System.exit(1);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(2, "bench: " + args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static void fail(int status, String message) {
        System.err.println(message);
        System.exit(status);
    }

    /** The CPU model, the core count and the JVM, for the report's header. */
    private static String machine() {
        String cpu = System.getProperty("os.arch");
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | UncheckedIOException e) {
            // Not Linux: the architecture names the machine.
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
            + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.vendor")
            + ")";
    }

    private static String paramsOf(BenchmarkParams b) {
        final List<String> params = new ArrayList<>();
        b.getParamsKeys().forEach(k -> params.add(k + "=" + b.getParam(k)));
        return params.toString();
    }

    /** JMH's output format, noting which benchmark starts, so that a failure can name it. */
    private static OutputFormat tracking(OutputFormat format) {
        return (OutputFormat) Proxy.newProxyInstance(OutputFormat.class.getClassLoader(),
            new Class<?>[] {OutputFormat.class}, (proxy, method, methodArgs) -> {
                if (method.getName().equals("startBenchmark")) {
                    current = (BenchmarkParams) methodArgs[0];
                }
                try {
                    return method.invoke(format, methodArgs);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    /** The innermost cause; JMH attaches the benchmark's own exception as a suppressed one. */
    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c || c.getSuppressed().length > 0) {
            c = c.getCause() != null && c.getCause() != c ? c.getCause() : c.getSuppressed()[0];
        }
        return c;
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
