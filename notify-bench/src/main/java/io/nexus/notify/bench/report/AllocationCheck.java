package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the library's own benchmarks allocate nothing in steady state, from the GC
 * profiler's bytes per operation. That figure is every byte allocated in an iteration divided
 * by its operations, so it holds the harness's own fixed cost per iteration too (JMH's
 * bookkeeping and the profiler's reads, 5 to 17 KiB per iteration measured), which over the
 * few operations of a microsecond-long round trip can alone pass the limit, by a margin that
 * depends on the machine. So each result is allowed {@link #HARNESS_BYTES_PER_ITERATION}
 * spread over its own operations per iteration on top of {@link #LIMIT_BYTES_PER_OP}; one
 * 16-byte object per operation stays far above that in any iteration of more than about 5,000
 * operations. Peers (which may allocate by design), floors and sampled results (whose sample
 * store allocates) are not checked; the sampled round trips also run in average time, which is.
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
        return results.stream().filter(r -> checked(r)
                && r.allocation() > LIMIT_BYTES_PER_OP + harnessAllowance(r))
            .map(r -> String.format(Locale.ROOT, "%s %s allocates %.2f B/op (harness allowance"
                + " %.2f B/op)", r.name(), r.params(), r.allocation(), harnessAllowance(r)))
            .toList();
    }

    /** Whether the check applies to a result: ours, in average-time mode. */
    static boolean checked(Result r) {
        return r.subject() != null && !Subjects.isPeer(r.subject()) && r.mode().equals("avgt");
    }

    /** The harness's bytes spread over a result's operations per iteration (0 if unknown). */
    static double harnessAllowance(Result r) {
        final double nanosPerOp = r.primaryMetric().score()
            * (r.primaryMetric().scoreUnit().equals("us/op") ? 1e3 : 1);
        final double ops = r.iterationMillis() * 1e6 / nanosPerOp;
        return ops > 0 ? HARNESS_BYTES_PER_ITERATION / ops : 0;
    }
}
