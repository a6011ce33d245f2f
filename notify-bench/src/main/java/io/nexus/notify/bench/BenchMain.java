package io.nexus.notify.bench;

import io.nexus.notify.bench.report.Report;
import io.nexus.notify.spi.Backends;
import io.nexus.notify.spi.EventQueueProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The main job, {@code ./bench}: runs JMH with its own command line over the settings the
 * benchmarks declare, the GC profiler on, JMH's output on the console and in {@value #LOG},
 * its JSON in {@value #RESULT}; then the {@link Report}. Exits with 1 if a benchmark fails
 * (JMH names it and its parameters) or one of ours allocates, 2 on bad options.
 */
public final class BenchMain {

    /** JMH's JSON result's file name. */
    public static final String RESULT = "jmh-result.json";
    /** JMH's full text output's file name. */
    public static final String LOG = "jmh-log.txt";

    static final String USAGE = """
        usage: ./bench [--smoke | --full] [--baseline FILE] [--out DIR] [JMH options] [regex...]
               ./bench --idle | --help
          (none)           quick run: the settings each benchmark declares
          --smoke          every benchmark once, unforked: -f 0 -wi 0 -i 1 -r 20ms
          --full           the long run: -f 2 -wi 3 -w 1s -i 5 -r 1s
          --baseline FILE  also compare with a saved jmh-result.json, within JMH's error intervals
          --out DIR        where results go (default: results)
          --idle           CPU share of a receiver waiting on an empty channel, per wait strategy
          JMH's options pass through and win over a mode's, for example 'Poll|RoundTrip',
          -p backend=builtin,peer-jctools, -f 2, -wi 3, -i 10, -tg 1,3, -prof stack; -h lists
          them all.""";

    /** Each mode's JMH options, used where the command line gives none of its own. */
    private static final Map<String, List<String>> MODES = Map.of("quick", List.of(),
        "smoke", List.of("-f", "0", "-wi", "0", "-i", "1", "-r", "20ms"),
        "full", List.of("-f", "2", "-wi", "3", "-w", "1s", "-i", "5", "-r", "1s"));

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
        } else if (mode.equals("idle")) {
            IdleCpuProbe.run(System.out, 100, 1000);
            return;
        }
        final List<String> all = new ArrayList<>();
        final List<String> modeArgs = MODES.get(mode);
        for (int i = 0; i < modeArgs.size(); i += 2) {
            if (!jmhArgs.contains(modeArgs.get(i))) {
                all.addAll(modeArgs.subList(i, i + 2));
            }
        }
        all.addAll(jmhArgs);
        final CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(all.toArray(new String[0]));
            if (baseline != null) {
                Report.check(baseline);
            }
        } catch (CommandLineOptionException | IOException e) {
            fail(2, "bench: " + (e instanceof IOException ? "--baseline " + e : e.getMessage())
                + "\n" + USAGE);
            return;
        }
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams()
                || cli.shouldListProfilers() || cli.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(all.toArray(new String[0]));
            return;
        }
        Files.createDirectories(out);
        final ChainedOptionsBuilder options = new OptionsBuilder().parent(cli)
            .result(out.resolve(RESULT).toString()).resultFormat(ResultFormatType.JSON)
            .shouldFailOnError(cli.shouldFailOnError().orElse(true));
        if (cli.getProfilers().stream().noneMatch(p -> p.getKlass().matches("gc|.*GCProfiler"))) {
            options.addProfiler(GCProfiler.class);
        }
        if (cli.getJvmArgsAppend().hasValue()) {
            System.out.println("bench: -jvmArgsAppend replaces the forks' heap settings and the"
                + " backends' JVM options");
        } else {
            options.jvmArgsAppend(forkOptions());
        }
        final long start = System.nanoTime();
        final String header = mode + " run (" + (all.isEmpty() ? "the settings each benchmark"
            + " declares" : String.join(" ", all)) + "), GC profiler on; " + machine() + "; "
            + LocalDate.now(ZoneOffset.UTC);
        System.out.println("notify bench, " + header);
        try (OutputStream log = Files.newOutputStream(out.resolve(LOG))) {
            final OutputStream tee = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    System.out.write(b);
                    log.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    System.out.write(b, off, len);
                    log.write(b, off, len);
                }
            };
            new Runner(options.build(), OutputFormatFactory.createFormatInstance(
                new PrintStream(tee, true, StandardCharsets.UTF_8),
                cli.verbosity().orElse(VerboseMode.NORMAL))).run();
        } catch (RunnerException e) {
            // A failing benchmark's name, parameters and exception are in JMH's output above.
            fail(1, "bench: stopped: " + e.getMessage() + " (JMH's output above names the benchmark"
                + " and its parameters; also in " + out.resolve(LOG) + ")");
            return;
        }
        final boolean clean = Report.render(out.resolve(RESULT), System.out, header, baseline);
        System.out.printf("Done in %.0f s.%n", (System.nanoTime() - start) / 1e9);
        if (!clean) {
            System.exit(1);
        }
    }

    private static String value(String[] args, int i) {
        if (i == args.length) {
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
            + System.getProperty("java.vm.version");
    }

    /**
     * The forks' JVM options: the fixed heap the benchmarks declare, then every option an
     * installed backend's provider declares it needs ({@code EventQueueProvider.jvmOptions()}),
     * so that a backend available here is available in the forks too.
     */
    static String[] forkOptions() {
        final List<String> args = new ArrayList<>(List.of("-Xms256m", "-Xmx256m"));
        Backends.installed().providers().stream().map(EventQueueProvider::jvmOptions).distinct()
            .forEach(args::addAll);
        return args.toArray(new String[0]);
    }
}
