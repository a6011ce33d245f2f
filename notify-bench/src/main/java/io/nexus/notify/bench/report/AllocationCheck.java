package io.nexus.notify.bench.report;

import io.nexus.notify.bench.peer.Subjects;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the library's own benchmarks allocate nothing in steady state, from the GC
 * profiler's bytes per operation. That includes the harness's fixed cost per iteration (5 to 17
 * KiB measured), which over the few operations of a slow round trip alone can pass the limit by
 * a margin that depends on the machine; so each result may also allocate
 * {@link #HARNESS_BYTES_PER_ITERATION} spread over its operations per iteration. Peers, floors
 * and sampled results (whose sample store allocates) are not checked.
 */
final class AllocationCheck {

    /** The most bytes per operation tolerated beyond the harness's allowance. */
    public static final double LIMIT_BYTES_PER_OP = 0.5;

    /** What the harness may allocate per measurement iteration: four times the most measured. */
    public static final double HARNESS_BYTES_PER_ITERATION = 64 * 1024;

    private AllocationCheck() {
    }

    /** Lists, naming each, the results of ours above the limit plus their allowance. */
    static List<String> violations(List<Result> results) {
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
