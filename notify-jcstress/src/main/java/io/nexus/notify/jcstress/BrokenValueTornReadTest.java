package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIIII_Result;

/**
 * The {@link ValueTornTupleTest} litmus over a tuple broken on purpose
 * ({@link BrokenValueTuple.Flaw#NO_RECHECK}), over the default backend's queue, to show that
 * the harness detects a torn tuple on the machine it runs on.
 *
 * <p>The reader returns the fields it read after an even sequence without reading the sequence
 * again, so a write that began after that first read goes unnoticed: the reader can return
 * a mix of that write and the tuple before it, such as {@code 1100}, or that write's whole
 * tuple, with the old version.
 *
 * <p>Every outcome that {@link ValueTornTupleTest} forbids is marked interesting here rather
 * than forbidden: this test passes whether or not the race shows, and a run where it shows
 * proves that {@code ValueTornTupleTest} would catch the same flaw in the real tuple.
 *
 * <p>Observed on the 2-core AMD EPYC build machine (JDK 17), with the CI settings of
 * {@code .ci/jcstress} (C2 only, two forks of 5 x 700 ms): 9,058 in 3,201,062 samples, among
 * them 5,374 reads of A's whole tuple with version 0, 1,548 with version 1, 1,316 mixes of 0s
 * and 1s and 820 of 1s and 2s; in an earlier run 2,921 in 1,552,422.
 */
@JCStressTest
@Description("Torn-tuple litmus over a tuple whose reader does not check the sequence again.")
@Outcome(id = {"1111, 1, 2222, 2, 2222, 2", "0, 0, 2222, 2, 2222, 2",
    "0, 0, 1111, 2, 1111, 2", "0, 0, 2222, 1, 1111, 2"},
    expect = Expect.ACCEPTABLE,
    desc = "Whole tuples with their versions.")
@Outcome(expect = Expect.ACCEPTABLE_INTERESTING,
    desc = "Torn tuple or mismatched version: the flaw was caught.")
public class BrokenValueTornReadTest {

    /** One queue of one token and its broken tuple per sample. */
    @State
    public static class Shared extends ValueTupleLitmus {
        private final BrokenValueTuple tuple = new BrokenValueTuple(
            EventQueue.create(1).notifier(), BrokenValueTuple.Flaw.NO_RECHECK);

        @Override
        void publish(long f) {
            tuple.publish(f, f, f, f);
        }

        @Override
        long read(long[] into) {
            return tuple.read(into);
        }
    }

    /**
     * Writes (1, 1, 1, 1).
     *
     * @param s the shared state
     */
    @Actor
    public void writerA(Shared s) {
        s.writeOnes();
    }

    /**
     * Reads, writes (2, 2, 2, 2), reads again.
     *
     * @param s the shared state
     * @param r r1, r2 = the tuple and version read before the write; r3, r4 = after it
     */
    @Actor
    public void writerB(Shared s, IIIIII_Result r) {
        s.readWriteTwosRead(r);
    }

    /**
     * Reads the tuple and its version once more after both actors finished.
     *
     * @param s the shared state
     * @param r r5 = the final tuple, r6 = its version
     */
    @Arbiter
    public void finalRead(Shared s, IIIIII_Result r) {
        s.finalRead(r);
    }
}
