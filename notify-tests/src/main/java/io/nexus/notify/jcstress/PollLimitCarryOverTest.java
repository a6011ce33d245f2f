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
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Poll-limit carry-over: tokens beyond a poll's limit stay pending, in order, while producers
 * keep notifying; through the public API on the selected backend.
 *
 * <p>Tokens 0, 1 and 2 start pending. The consumer polls twice with limit 2. Meanwhile the
 * producer notifies token 3 (new) and then token 2 again, which conflates while token 2 is
 * still pending and queues it anew once the consumer has re-armed it. The arbiter then drains
 * the rest. Result: (first poll, second poll, drain), each encoded by {@link Deliveries}.
 *
 * <p>The first poll must return exactly 0, 1 (the limit leaves 2 pending); the second must
 * start with the carried-over 2. <b>Forbidden:</b> every other outcome &mdash; a poll over its
 * limit, a carried-over token lost, reordered or duplicated, token 3 lost, or token 2 delivered
 * twice without the re-notify having followed its delivery.
 */
@JCStressTest
@Description("A limited poll leaves the rest pending in FIFO order under concurrent notifies.")
@Outcome(id = "12, 34, 0", expect = Expect.ACCEPTABLE, desc = "Token 3 queued before the second poll; re-notify of 2 conflated.")
@Outcome(id = "12, 34, 3", expect = Expect.ACCEPTABLE, desc = "Token 3 queued before the second poll; 2 re-queued after it.")
@Outcome(id = "12, 3, 4", expect = Expect.ACCEPTABLE, desc = "Token 3 queued after the second poll; re-notify of 2 conflated.")
@Outcome(id = "12, 3, 43", expect = Expect.ACCEPTABLE, desc = "Token 3 queued after the second poll; 2 re-queued after it.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A token was lost, duplicated, reordered or over the limit.")
public class PollLimitCarryOverTest {

    /** A queue with tokens 0, 1, 2 pending. */
    @State
    public static class Shared {
        final EventQueue queue = EventQueue.create(4);
        final Notifier notifier = queue.notifier();
        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(4);
        final Events drainEvents = Events.withCapacity(4);

        /** Makes tokens 0, 1 and 2 pending, in that order. */
        public Shared() {
            notifier.notify(0);
            notifier.notify(1);
            notifier.notify(2);
        }
    }

    /**
     * Notifies token 3, then token 2 again.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.notifier.notify(3);
        s.notifier.notify(2);
    }

    /**
     * Polls twice with limit 2.
     *
     * @param s the shared state
     * @param r r1, r2 = the tokens of each poll
     */
    @Actor
    public void consumer(Shared s, III_Result r) {
        s.poller.poll(s.events, 2);
        r.r1 = Deliveries.encode(s.events);
        s.poller.poll(s.events, 2);
        r.r2 = Deliveries.encode(s.events);
    }

    /**
     * Drains the rest.
     *
     * @param s the shared state
     * @param r r3 = the tokens drained
     */
    @Arbiter
    public void drain(Shared s, III_Result r) {
        s.poller.poll(s.drainEvents);
        r.r3 = Deliveries.encode(s.drainEvents);
    }
}
