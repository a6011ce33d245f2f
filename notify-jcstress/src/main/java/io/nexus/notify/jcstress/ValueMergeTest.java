package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.value.LatestValues;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * {@link LatestValues#merge} loses no contribution, over the selected backend: two merges
 * into one token race with each other and with a take, and each contribution is taken exactly
 * once.
 *
 * <p>Token 0 starts idle with no value. One actor merges 1 (summing). The other merges 10,
 * then, as the consumer, polls and, if the poll delivered token 0, takes its sum. The arbiter
 * polls and takes once more. Result: (sum the consumer took, sum the arbiter took), each -1 if
 * its poll was empty and 0 if its take returned {@code null}. (Two actors play the three
 * roles: jcstress runs a test only if each actor has a CPU of its own.)
 *
 * <p>Allowed are exactly the four outcomes in which the two takes add up to 11.
 * <b>Forbidden:</b> any other &mdash; a contribution lost (one merge overwrote the other, a
 * take cleared a contribution it did not return, or the notify of a merge that landed after
 * the take did not deliver the token again), or counted twice (a merge folded into a sum
 * already taken). {@link BrokenValueMergeTest} and {@link BrokenValueTakeTest} show such
 * outcomes over a slot whose merge, or whose take, is not one atomic step.
 */
@JCStressTest
@Description("Concurrent merges and a take lose no contribution and count none twice.")
@Outcome(id = "10, 1", expect = Expect.ACCEPTABLE,
    desc = "The consumer took 10 before 1 was merged; that merge queued the token again.")
@Outcome(id = "11, -1", expect = Expect.ACCEPTABLE,
    desc = "The consumer took both contributions; the notify of 1 conflated.")
@Outcome(id = "11, 0", expect = Expect.ACCEPTABLE,
    desc = "The consumer took both contributions; the notify of 1 left a spurious event.")
@Outcome(id = "-1, 11", expect = Expect.ACCEPTABLE,
    desc = "The consumer's poll stopped at the other notify, still in flight; the final take"
        + " got both contributions.")
@Outcome(expect = Expect.FORBIDDEN,
    desc = "The takes do not add up to 11: a contribution was lost or counted twice.")
public class ValueMergeTest {

    /** One queue of one token and its value slot per sample. */
    @State
    public static class Shared extends ValueMergeLitmus {
        private final LatestValues<Long> values;

        /** Creates the queue and an empty slot over it. */
        public Shared() {
            this(EventQueue.create(1));
        }

        private Shared(EventQueue queue) {
            super(queue.poller());
            values = LatestValues.over(queue.notifier(), 1);
        }

        @Override
        void merge(Long contribution) {
            values.merge(0, contribution, SUM);
        }

        @Override
        Long take() {
            return values.take(0);
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
