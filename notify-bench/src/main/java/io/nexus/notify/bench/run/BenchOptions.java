package io.nexus.notify.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The command-line options of the bench runner.
 *
 * @param backends the backends to compare; empty for every available one
 * @param include  the benchmarks to run, a regular expression found in
 *                 {@code Class.method}
 * @param full     {@code true} for the long mode (more forks and iterations)
 * @param smoke    {@code true} for the smoke mode (every benchmark once, briefly, unforked)
 * @param out      the directory for results
 * @param help     {@code true} if only the usage was asked for
 * @param idle     {@code true} to run the idle CPU probe instead of the JMH suite
 * @param baseline a saved JMH JSON result to compare the run with, or {@code null}
 */
public record BenchOptions(List<String> backends, Pattern include, boolean full, boolean smoke,
        Path out, boolean help, boolean idle, Path baseline) {

    /** The usage text. */
    public static final String USAGE = String.join("\n",
        "usage: bench [--backends a,b] [--bench REGEX] [--full | --smoke] [--out DIR]",
        "             [--baseline FILE]",
        "       bench --idle",
        "  --backends a,b  backends to compare (default: every available one); the peers and",
        "                  floors always run",
        "  --bench REGEX   only benchmarks whose Class.method matches, e.g. 'Poll|RoundTrip'",
        "  --full          long mode: 2 forks, 3 x 1 s warm-up, 5 x 1 s measurement",
        "                  (default: quick mode, iterations sized to the number of runs;",
        "                  the runner prints its time estimate before it starts)",
        "  --smoke         every benchmark and subject once, unforked, for one 20 ms iteration:",
        "                  checks that the suite runs and writes every output, in about a",
        "                  minute; its figures mean nothing",
        "  --out DIR       where to write results (default: results)",
        "  --baseline FILE compare this run with a saved jmh-result.json, row by row; marks",
        "                  only differences beyond JMH's error intervals",
        "  --idle          instead of JMH: the CPU share of a receiver waiting on an empty",
        "                  channel (default, backoff, busy-spin) and of a bare park loop, 5 s",
        "  --help          this text");

    /**
     * Copies the list.
     */
    public BenchOptions {
        backends = List.copyOf(backends);
    }

    /**
     * Parses command-line arguments.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException for an unknown option, a missing value, a bad regex, or
     *     {@code --idle} with another option than {@code --help}
     */
    public static BenchOptions parse(String... args) {
        List<String> backends = List.of();
        Pattern include = Pattern.compile(".*");
        boolean full = false;
        boolean smoke = false;
        boolean help = false;
        boolean idle = false;
        String suiteOption = null;
        Path out = Path.of("results");
        Path baseline = null;
        for (int i = 0; i < args.length; i++) {
            final String a = args[i];
            if (!a.equals("--idle") && !a.equals("--help") && !a.equals("-h")) {
                suiteOption = a;
            }
            switch (a) {
                case "--backends":
                    backends = new ArrayList<>();
                    for (String b : value(args, ++i, a).split(",")) {
                        if (!b.isBlank()) {
                            backends.add(b.trim());
                        }
                    }
                    if (backends.isEmpty()) {
                        throw new IllegalArgumentException("--backends needs at least one name");
                    }
                    break;
                case "--bench":
                    final String regex = value(args, ++i, a);
                    try {
                        include = Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException("--bench: bad regular expression '"
                            + regex + "': " + e.getDescription(), e);
                    }
                    break;
                case "--full":
                    full = true;
                    break;
                case "--smoke":
                    smoke = true;
                    break;
                case "--out":
                    out = Path.of(value(args, ++i, a));
                    break;
                case "--baseline":
                    baseline = Path.of(value(args, ++i, a));
                    break;
                case "--idle":
                    idle = true;
                    break;
                case "-h":
                case "--help":
                    help = true;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + a + "'; options: "
                        + Arrays.asList("--backends", "--bench", "--full", "--smoke", "--out", "--baseline",
                            "--idle", "--help"));
            }
        }
        if (idle && suiteOption != null) {
            throw new IllegalArgumentException("--idle runs no benchmark and takes no other option,"
                + " was given " + suiteOption);
        }
        if (full && smoke) {
            throw new IllegalArgumentException("--full and --smoke exclude each other");
        }
        return new BenchOptions(backends, include, full, smoke, out, help, idle, baseline);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
