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
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Poll-limit carry-over: tokens beyond a poll's limit stay pending, in order, while producers
 * keep notifying, and a carried-over poll keeps the progress contract of
 * {@link io.nexus.notify.Poller}; through the public API on the selected backend.
 *
 * <p>Tokens 0, 1 and 2 start pending. The consumer polls twice with limit 2. Meanwhile the
 * producer notifies token 3 (new), records that this notify has returned, and then notifies
 * token 2 again, which conflates while token 2 is pending or being taken, and queues it anew
 * once the consumer has re-armed it. Just before its second poll the consumer reads that record.
 * The arbiter then drains the rest. Result: (first poll, second poll, drain), each encoded by
 * {@link Deliveries}, and {@code 1} if the consumer saw that {@code notify(3)} had returned
 * before its second poll started, else {@code 0}.
 *
 * <p>The first poll must return exactly 0, 1 (the limit leaves 2 pending); the second must
 * start with the carried-over 2, whose notify returned long before. Whether it also returns 3
 * is what the progress contract settles: a poll never waits, so a second poll that overlaps
 * {@code notify(3)} may leave 3 for the drain; but a token whose notify has returned is
 * delivered by the first poll that starts after that, unless an older notify is still in
 * flight. Here no older notify can be: the only other notify, of token 2, comes after
 * {@code notify(3)} in the producer's order. So once the consumer has seen
 * {@code notify(3)} return, its second poll has room for 3 and must deliver it.
 *
 * <p><b>Forbidden:</b> {@code 12, 3, *, 1} &mdash; the second poll left 3 behind although
 * {@code notify(3)} had returned before it started; and every outcome not listed as
 * acceptable: a poll over its limit, a carried-over token lost, reordered or duplicated, token
 * 3 lost, or token 2 delivered twice without the re-notify having followed its delivery.
 */
@JCStressTest
@Description("A limited poll leaves the rest pending in FIFO order under concurrent notifies, and delivers every token whose notify returned before it started.")
@Outcome(id = {"12, 34, 0, 0", "12, 34, 0, 1"}, expect = Expect.ACCEPTABLE, desc = "Token 3 queued before the second poll; re-notify of 2 conflated.")
@Outcome(id = {"12, 34, 3, 0", "12, 34, 3, 1"}, expect = Expect.ACCEPTABLE, desc = "Token 3 queued before the second poll; 2 re-queued after it.")
@Outcome(id = "12, 3, 4, 0", expect = Expect.ACCEPTABLE, desc = "notify(3) not seen returned before the second poll; re-notify of 2 conflated.")
@Outcome(id = "12, 3, 43, 0", expect = Expect.ACCEPTABLE, desc = "notify(3) not seen returned before the second poll; 2 re-queued after 3.")
@Outcome(id = "12, 3, .*, 1", expect = Expect.FORBIDDEN, desc = "Deferred without cause: notify(3) had returned before the second poll started.")
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

        /** Set by the producer once {@code notify(3)} has returned. */
        volatile boolean threeNotified;

        /** Makes tokens 0, 1 and 2 pending, in that order. */
        public Shared() {
            notifier.notify(0);
            notifier.notify(1);
            notifier.notify(2);
        }
    }

    /**
     * Notifies token 3, records that it returned, then notifies token 2 again.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.notifier.notify(3);
        s.threeNotified = true;
        s.notifier.notify(2);
    }

    /**
     * Polls with limit 2, reads whether {@code notify(3)} has returned, and polls again with
     * limit 2.
     *
     * @param s the shared state
     * @param r r1, r2 = the tokens of each poll; r4 = 1 if {@code notify(3)} had returned
     *     before the second poll started
     */
    @Actor
    public void consumer(Shared s, IIII_Result r) {
        s.poller.poll(s.events, 2);
        r.r1 = Deliveries.encode(s.events);
        r.r4 = s.threeNotified ? 1 : 0;
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
    public void drain(Shared s, IIII_Result r) {
        s.poller.poll(s.drainEvents);
        r.r3 = Deliveries.encode(s.drainEvents);
    }
}
