package io.nexus.notify.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Checks that the library's own steady-state benchmarks allocate nothing, from the GC
 * profiler's {@value Measurement#ALLOC_NORM} figure. Peers (which may allocate by design) and
 * floors are not checked, nor are results in JMH's sampling mode: its sample store allocates
 * on the benchmark thread, and a bare atomic ping-pong shows kilobytes per operation there. The
 * benchmarks that sample (round trips) therefore also run in average-time mode, which is
 * checked.
 */
public final class AllocationCheck {

    /** The most bytes per operation tolerated: JMH's own bookkeeping stays well below it. */
    public static final double LIMIT_BYTES_PER_OP = 0.5;

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
            if (bytes > LIMIT_BYTES_PER_OP) {
                bad.add(String.format(Locale.ROOT, "%s %s allocates %.2f B/op", m.benchmark(),
                    m.params(), bytes));
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
