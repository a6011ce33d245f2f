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
 * No stale read and no lost value from {@link LatestValues} over the selected backend: a take
 * after the poll that delivered a token returns the value published before the notify that
 * queued or conflated it, or a newer one.
 *
 * <p>Token 0 starts idle with no value. The producer publishes 1, then 2. The consumer polls
 * and, if the poll delivered token 0, takes its value. The arbiter polls and takes once more.
 * Result: (what the consumer took, what the arbiter took), each -1 if its poll was empty and 0
 * if its take returned {@code null}. The values are new arrays, so a take that returned one
 * whose contents were not yet visible also reads 0.
 *
 * <p>Allowed are exactly the four outcomes in which the consumer's take returned a value at
 * least as new as the one published before a notify it was delivered by, and the last value
 * taken overall is 2. <b>Forbidden:</b> {@code 0, *} &mdash; the token was delivered but its
 * take found nothing: the value published before the notify was not visible (a value stored
 * after its notify, or a slot read that is not ordered after the poll); {@code 1, -1} and
 * {@code 1, 0} &mdash; value 2 was lost: no take saw it, although its notify either conflated
 * with the token that the consumer's poll then delivered or queued the token for the final
 * poll. {@link BrokenValueStaleReadTest} shows such outcomes over a slot that stores the value
 * after notifying.
 */
@JCStressTest
@Description("A take after the poll that delivered a token sees the value published before"
    + " its notify.")
@Outcome(id = "-1, 2", expect = Expect.ACCEPTABLE,
    desc = "The consumer's poll came before the first notify, or while it was in flight; the"
        + " final take saw 2.")
@Outcome(id = "1, 2", expect = Expect.ACCEPTABLE,
    desc = "Consumer took 1; the second notify queued the token again and the final take saw 2.")
@Outcome(id = "2, -1", expect = Expect.ACCEPTABLE,
    desc = "Consumer took 2; the second notify conflated with the pending token.")
@Outcome(id = "2, 0", expect = Expect.ACCEPTABLE,
    desc = "Consumer took 2; the second notify queued the token again: a spurious event.")
@Outcome(id = "0, .*", expect = Expect.FORBIDDEN,
    desc = "Stale read: the token was delivered but its value was not visible to the take.")
@Outcome(id = {"1, -1", "1, 0"}, expect = Expect.FORBIDDEN,
    desc = "Lost value: 2 was published and notified, but no take saw it.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A value or the token was not delivered as expected.")
public class ValueStaleReadTest {

    /** One queue of one token and its value slot per sample. */
    @State
    public static class Shared extends ValueStaleReadLitmus {
        private final LatestValues<int[]> values;

        /** Creates the queue and an empty slot over it. */
        public Shared() {
            this(EventQueue.create(1));
        }

        private Shared(EventQueue queue) {
            super(queue.poller());
            values = LatestValues.over(queue.notifier(), 1);
        }

        @Override
        void publish(int[] value) {
            values.publish(0, value);
        }

        @Override
        int[] take() {
            return values.take(0);
        }
    }

    /**
     * Publishes 1, then 2.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.produce();
    }

    /**
     * Polls, then takes the value of the token it was given.
     *
     * @param s the shared state
     * @param r r1 = the value taken, 0 if none, or -1 if the poll was empty
     */
    @Actor
    public void consumer(Shared s, II_Result r) {
        r.r1 = s.consume();
    }

    /**
     * Polls and takes once more after both actors finished.
     *
     * @param s the shared state
     * @param r r2 = the value taken, 0 if none, or -1 if the poll was empty
     */
    @Arbiter
    public void finalTake(Shared s, II_Result r) {
        r.r2 = s.finalTake();
    }
}
