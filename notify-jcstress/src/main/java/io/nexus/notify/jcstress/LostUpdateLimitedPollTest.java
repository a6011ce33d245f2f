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
 * Lost update through {@code poll(events, limit)}: the {@link LostUpdateTest} litmus with the
 * consumer polling with limit 1, since a backend may drain a limited poll on its own code path.
 *
 * <p>Token 0 starts pending and its data slot holds 0. The producer writes 1 into the slot,
 * then notifies token 0. The consumer polls with limit 1 and reads the slot. The arbiter then
 * polls once more. Result: (data the consumer read, tokens the final poll returned).
 *
 * <p><b>Forbidden: {@code 0, 0}</b> &mdash; the consumer read the old data and the final poll
 * is empty: the producer's notify conflated, yet its write was not seen.
 */
@JCStressTest
@Description("A write made before notify is seen by the limited poll that returns the token, or a later poll returns it again.")
@Outcome(id = "1, 0", expect = Expect.ACCEPTABLE, desc = "Notify conflated; the consumer saw the new data.")
@Outcome(id = "1, 1", expect = Expect.ACCEPTABLE, desc = "Notify re-queued the token; the consumer already saw the new data.")
@Outcome(id = "0, 1", expect = Expect.ACCEPTABLE, desc = "Consumer read before the write; notify re-queued the token.")
@Outcome(id = "0, 0", expect = Expect.FORBIDDEN, desc = "Lost update: old data read and the token is not pending.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was not delivered exactly as expected.")
public class LostUpdateLimitedPollTest {

    /** One queue and one data slot per sample. */
    @State
    public static class Shared extends LostUpdateLitmus {
        /** Creates the queue with token 0 pending. */
        public Shared() {
            this(EventQueue.create(1));
        }

        private Shared(EventQueue q) {
            super(q.notifier(), q.poller());
        }
    }

    /**
     * Writes the new data, then notifies.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.produce();
    }

    /**
     * Polls with limit 1, then reads the data of the token it was given.
     *
     * @param s the shared state
     * @param r r1 = data read, or -1 if the poll did not return token 0
     */
    @Actor
    public void consumer(Shared s, II_Result r) {
        r.r1 = s.consume(1);
    }

    /**
     * Polls once more after both actors finished.
     *
     * @param s the shared state
     * @param r r2 = number of tokens returned
     */
    @Arbiter
    public void finalPoll(Shared s, II_Result r) {
        r.r2 = s.finalPoll();
    }
}
