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
 * ({@link BrokenValueTuple.Flaw#UNLOCKED_WRITERS}), over the default backend's queue, to
 * show that the harness detects a torn tuple on the machine it runs on.
 *
 * <p>Each writer adds one to the sequence before and after its field stores instead of taking
 * the lock: both writers get in at once, their field stores interleave, and the final tuple
 * itself can be a mix such as {@code 1122}; a read while both write can also be torn.
 *
 * <p>Every outcome that {@link ValueTornTupleTest} forbids is marked interesting here rather
 * than forbidden: this test passes whether or not the race shows, and a run where it shows
 * proves that {@code ValueTornTupleTest} would catch the same flaw in the real tuple.
 *
 * <p>Observed on the 2-core AMD EPYC build machine (JDK 17), with the CI settings of
 * {@code .ci/jcstress} (C2 only, two forks of 5 x 700 ms): 1,790 torn final tuples (such as
 * {@code 1222}) in 1,398,822 samples; in an earlier run 10,065 in 1,388,582.
 */
@JCStressTest
@Description("Torn-tuple litmus over a tuple whose writers do not take the lock.")
@Outcome(id = {"1111, 1, 2222, 2, 2222, 2", "0, 0, 2222, 2, 2222, 2",
    "0, 0, 1111, 2, 1111, 2", "0, 0, 2222, 1, 1111, 2"},
    expect = Expect.ACCEPTABLE,
    desc = "Whole tuples with their versions.")
@Outcome(expect = Expect.ACCEPTABLE_INTERESTING,
    desc = "Torn tuple or mismatched version: the flaw was caught.")
public class BrokenValueTornTupleTest {

    /** One queue of one token and its broken tuple per sample. */
    @State
    public static class Shared extends ValueTupleLitmus {
        private final BrokenValueTuple tuple = new BrokenValueTuple(
            EventQueue.create(1).notifier(), BrokenValueTuple.Flaw.UNLOCKED_WRITERS);

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
