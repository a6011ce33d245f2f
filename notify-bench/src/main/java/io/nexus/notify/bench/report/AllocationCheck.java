package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Checks that the library's own steady-state benchmarks allocate nothing, from the GC
 * profiler's {@value Measurement#ALLOC_NORM} figure.
 *
 * <p>That figure is every byte the JVM allocated during an iteration divided by the
 * iteration's operations, so it also holds what the harness itself allocates per iteration
 * (JMH's iteration bookkeeping and the profiler's own reads: 5 to 17 KiB per 500 ms iteration
 * measured on two cores, whatever the benchmark). Divided by the few tens of thousands of
 * operations a microsecond-long round trip makes in one iteration, that fixed part alone can
 * pass half a byte per operation, and how far past depends on the machine's speed. The check
 * therefore allows each result {@link #HARNESS_BYTES_PER_ITERATION} spread over its own
 * operations per iteration (the iteration's length divided by the time per operation) on top
 * of {@link #LIMIT_BYTES_PER_OP}. A path that allocates even one 16-byte object per operation
 * stays far above that allowance in any iteration of more than about 5,000 operations; the
 * verdict line prints the allowance each failing row was given. Peers (which may allocate by design) and
 * floors are not checked, nor are results in JMH's sampling mode: its sample store allocates
 * on the benchmark thread, and a bare atomic ping-pong shows kilobytes per operation there. The
 * benchmarks that sample (round trips) therefore also run in average-time mode, which is
 * checked.
 */
public final class AllocationCheck {

    /** The most bytes per operation tolerated: JMH's own bookkeeping stays well below it. */
    public static final double LIMIT_BYTES_PER_OP = 0.5;

    /**
     * What the harness may allocate per measurement iteration, in bytes: four times the most
     * measured, so that a slow machine's spikes stay inside.
     */
    public static final double HARNESS_BYTES_PER_ITERATION = 64 * 1024;

    private AllocationCheck() {
    }

    /**
     * Lists the results of ours that allocate more than {@link #LIMIT_BYTES_PER_OP}.
     *
     * @param results every result
     * @param isPeer  tells which subjects are peers
     * @return one line per offending result; empty when all pass
     */
    public static List<String> violations(List<Measurement> results, Predicate<String> isPeer) {
        final List<String> bad = new ArrayList<>();
        for (Measurement m : ours(results, isPeer)) {
            final double bytes = m.secondary(Measurement.ALLOC_NORM);
            final double harness = harnessAllowance(m);
            if (bytes > LIMIT_BYTES_PER_OP + harness) {
                bad.add(String.format(Locale.ROOT, "%s %s allocates %.2f B/op (harness"
                    + " allowance %.2f B/op)", m.benchmark(), m.params(), bytes, harness));
            }
        }
        return bad;
    }

    /**
     * Counts the results of ours that carry no allocation figure (run without the GC profiler).
     *
     * @param results every result
     * @param isPeer  tells which subjects are peers
     * @return how many of our results were not checked
     */
    public static int unchecked(List<Measurement> results, Predicate<String> isPeer) {
        int n = 0;
        for (Measurement m : ours(results, isPeer)) {
            if (Double.isNaN(m.secondary(Measurement.ALLOC_NORM))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Spreads {@link #HARNESS_BYTES_PER_ITERATION} over a result's operations per iteration.
     *
     * @param m a result in a time-per-operation unit
     * @return the allowance in bytes per operation; 0 when the iteration length or the unit
     *     is unknown, so that such a result is held to the bare limit
     */
    static double harnessAllowance(Measurement m) {
        final double nanosPerOp = switch (m.unit()) {
            case "ns/op" -> m.score();
            case "us/op" -> m.score() * 1e3;
            case "ms/op" -> m.score() * 1e6;
            default -> Double.NaN;
        };
        final double opsPerIteration = m.iterationMillis() * 1e6 / nanosPerOp;
        return opsPerIteration > 0 ? HARNESS_BYTES_PER_ITERATION / opsPerIteration : 0;
    }

    private static List<Measurement> ours(List<Measurement> results, Predicate<String> isPeer) {
        final List<Measurement> ours = new ArrayList<>();
        for (Measurement m : results) {
            if (m.subject() != null && !isPeer.test(m.subject())
                    && !Measurement.SAMPLE_MODE.equals(m.mode())) {
                ours.add(m);
            }
        }
        return ours;
    }
}
