package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The {@link ValueMergeTest} litmus over a value slot broken on purpose
 * ({@link BrokenValueSlot.Flaw#UNATOMIC_MERGE}), over the default backend's queue, to show
 * that the harness detects a lost contribution on the machine it runs on.
 *
 * <p>Each merge reads the unread sum, then writes the merged one: both merges can read an
 * empty slot before either writes, and the later write erases the other contribution
 * ({@code 10, -1} and the like); or the merge of 1 reads 10, the consumer takes 10, and the
 * merge writes 11, so that 10 is taken twice ({@code 10, 11}).
 *
 * <p>Every outcome that {@link ValueMergeTest} forbids is marked interesting here rather than
 * forbidden: this test passes whether or not the race shows, and a run where it shows proves
 * that {@code ValueMergeTest} would catch the same flaw in the real slot.
 *
 * <p>Observed on the 2-core AMD EPYC build machine (JDK 17), with the CI settings of
 * {@code .ci/jcstress} (C2 only, two forks of 5 x 700 ms): 362,310 in 2,596,902 samples, of
 * which 557 counted 10 twice ({@code 10, 11}); in an earlier run 120,505 in 1,450,022.
 */
@JCStressTest
@Description("Merge litmus over a value slot whose merge is not one atomic step.")
@Outcome(id = {"10, 1", "11, -1", "11, 0", "-1, 11"}, expect = Expect.ACCEPTABLE,
    desc = "Each contribution was taken once.")
@Outcome(expect = Expect.ACCEPTABLE_INTERESTING,
    desc = "The takes do not add up to 11: the flaw was caught.")
public class BrokenValueMergeTest {

    /** One queue of one token and its broken slot per sample. */
    @State
    public static class Shared extends ValueMergeLitmus {
        private final BrokenValueSlot<Long> slot;

        /** Creates the queue and an empty broken slot over it. */
        public Shared() {
            this(EventQueue.create(1));
        }

        private Shared(EventQueue queue) {
            super(queue.poller());
            slot = new BrokenValueSlot<>(queue.notifier(), BrokenValueSlot.Flaw.UNATOMIC_MERGE);
        }

        @Override
        void merge(Long contribution) {
            slot.merge(contribution, SUM);
        }

        @Override
        Long take() {
            return slot.take();
        }
    }

    /**
     * Merges 1.
     *
     * @param s the shared state
     */
    @Actor
    public void mergeOne(Shared s) {
        s.mergeOne();
    }

    /**
     * Merges 10, polls, then takes the sum of the token it was given.
     *
     * @param s the shared state
     * @param r r1 = the sum taken, 0 if none, or -1 if the poll was empty
     */
    @Actor
    public void mergeTenThenTake(Shared s, II_Result r) {
        r.r1 = s.mergeTenThenTake();
    }

    /**
     * Polls and takes once more after both actors finished.
     *
     * @param s the shared state
     * @param r r2 = the sum taken, 0 if none, or -1 if the poll was empty
     */
    @Arbiter
    public void finalTake(Shared s, II_Result r) {
        r.r2 = s.finalTake();
    }
}
