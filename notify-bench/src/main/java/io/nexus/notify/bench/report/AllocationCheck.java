package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the library's own benchmarks allocate nothing in steady state, from the GC
 * profiler's bytes per operation ({@value Result#ALLOC_NORM}).
 *
 * <p>That figure is every byte the JVM allocated in an iteration divided by the iteration's
 * operations, so it also holds what the harness allocates per iteration (JMH's bookkeeping and
 * the profiler's reads: 5 to 17 KiB per 500 ms iteration measured on two cores). Divided by the
 * few tens of thousands of operations a microsecond-long round trip makes in an iteration,
 * that fixed part alone can pass half a byte per operation, by a margin that depends on the
 * machine's speed. Each result is therefore allowed {@link #HARNESS_BYTES_PER_ITERATION}
 * spread over its own operations per iteration on top of {@link #LIMIT_BYTES_PER_OP}; a path
 * that allocates one 16-byte object per operation stays far above that in any iteration of
 * more than about 5,000 operations. Peers (which may allocate by design), floors and results
 * in sample mode (whose sample store allocates on the benchmark thread) are not checked; the
 * sampled round trips also run in average-time mode, which is.
 */
public final class AllocationCheck {

    /** The most bytes per operation tolerated beyond the harness's allowance. */
    public static final double LIMIT_BYTES_PER_OP = 0.5;

    /** What the harness may allocate per measurement iteration: four times the most measured. */
    public static final double HARNESS_BYTES_PER_ITERATION = 64 * 1024;

    private AllocationCheck() {
    }

    /**
     * Lists the results of ours that allocate more than the limit plus their allowance.
     *
     * @param results a run's results
     * @return one line per offending result, naming it; empty when all pass
     */
    public static List<String> violations(List<Result> results) {
        final List<String> bad = new ArrayList<>();
        for (Result r : results) {
            final double bytes = r.allocation();
            final double allowance = harnessAllowance(r);
            if (checked(r) && bytes > LIMIT_BYTES_PER_OP + allowance) {
                bad.add(String.format(Locale.ROOT, "%s %s allocates %.2f B/op (harness allowance"
                    + " %.2f B/op)", r.name(), r.params(), bytes, allowance));
            }
        }
        return bad;
    }

    /** Whether a result is one the check applies to. */
    static boolean checked(Result r) {
        return r.subject() != null && !Subjects.isPeer(r.subject()) && r.mode().equals("avgt");
    }

    /** Spreads the harness's bytes over a result's operations per iteration (0 if unknown). */
    static double harnessAllowance(Result r) {
        final double nanosPerOp = switch (r.primaryMetric().scoreUnit()) {
            case "ns/op" -> r.primaryMetric().score();
            case "us/op" -> r.primaryMetric().score() * 1e3;
            default -> Double.NaN;
        };
        final double ops = r.iterationMillis() * 1e6 / nanosPerOp;
        return ops > 0 ? HARNESS_BYTES_PER_ITERATION / ops : 0;
    }
}
