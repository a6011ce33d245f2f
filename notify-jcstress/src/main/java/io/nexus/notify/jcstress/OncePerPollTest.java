package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Once per poll: a token re-notified while a poll is draining is not returned twice by that
 * poll; through the public API on the selected backend.
 *
 * <p>Token 0 starts pending. The producer notifies it again while the consumer polls
 * everything. The arbiter then polls once more. Result: (times the consumer's poll returned
 * token 0, tokens the final poll returned).
 *
 * <p><b>Forbidden:</b> {@code 2, *} &mdash; one poll returned the same token twice. A poll
 * that re-arms each token as soon as it takes it out of the queue, and keeps draining, lets
 * the producer queue the token again behind it and then takes that second entry too; under
 * steady notifies such a poll need not even terminate. Also forbidden: the token missing
 * from the consumer's poll, which it was pending for from the start.
 */
@JCStressTest
@Description("A poll returns each token at most once.")
@Outcome(id = "1, 0", expect = Expect.ACCEPTABLE, desc = "Re-notify conflated with the pending token.")
@Outcome(id = "1, 1", expect = Expect.ACCEPTABLE, desc = "Re-notify queued the token for a later poll.")
@Outcome(id = "2, .*", expect = Expect.FORBIDDEN, desc = "One poll returned the token twice.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was lost or delivered more than once.")
public class OncePerPollTest {

    /** A queue with token 0 pending. */
    @State
    public static class Shared {
        final EventQueue queue = EventQueue.create(1);
        final Notifier notifier = queue.notifier();
        final Poller poller = queue.poller();
        final Events consumerEvents = Events.withCapacity(2);
        final Events finalEvents = Events.withCapacity(2);

        /** Makes token 0 pending. */
        public Shared() {
            notifier.notify(0);
        }
    }

    /**
     * Notifies token 0 again.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.notifier.notify(0);
    }

    /**
     * Polls everything and counts token 0.
     *
     * @param s the shared state
     * @param r r1 = times token 0 was returned
     */
    @Actor
    public void consumer(Shared s, II_Result r) {
        s.poller.poll(s.consumerEvents);
        int seen = 0;
        for (int i = 0; i < s.consumerEvents.size(); i++) {
            if (s.consumerEvents.index(i) == 0) {
                seen++;
            }
        }
        r.r1 = seen;
    }

    /**
     * Polls once more after both actors finished.
     *
     * @param s the shared state
     * @param r r2 = number of tokens returned
     */
    @Arbiter
    public void finalPoll(Shared s, II_Result r) {
        r.r2 = s.poller.poll(s.finalEvents);
    }
}
