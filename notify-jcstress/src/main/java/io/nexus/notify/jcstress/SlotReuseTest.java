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
import org.openjdk.jcstress.infra.results.ZII_Result;

/**
 * Slot reuse: a queue of capacity 2 holds tokens 0 and 1 (every slot of the {@code builtin}
 * ring is in use); the consumer takes token 0 while a producer notifies token 0 again, through
 * the public API on the selected backend. If the producer finds token 0 re-armed, its entry
 * goes into the slot the consumer has just freed, so its write must come after the
 * consumer's 0 and the consumer must not overwrite it (ordering 2 of {@code IntMpscRing}: the
 * consumer publishes its counter after freeing the slot, and a producer reads it before it
 * claims a slot of the next lap).
 *
 * <p>Result: (the producer's {@code notify}, the consumer's poll, the arbiter's drain), polls
 * encoded by {@link Deliveries}.
 *
 * <p><b>Forbidden:</b> a {@code notify} that returned {@code true} whose token the arbiter does
 * not find behind token 1 (the entry was lost in the reused slot, or hides it), and anything
 * else but the two outcomes below.
 */
@JCStressTest
@Description("A slot freed by the consumer and reused by a producer keeps the producer's entry.")
@Outcome(id = "true, 1, 21", expect = Expect.ACCEPTABLE, desc = "Token 0 re-armed before the notify, queued again behind token 1.")
@Outcome(id = "false, 1, 2", expect = Expect.ACCEPTABLE, desc = "The notify came before the re-arm and conflated.")
@Outcome(id = "true, 1, 2", expect = Expect.FORBIDDEN, desc = "The re-queued token 0 was lost.")
@Outcome(expect = Expect.FORBIDDEN, desc = "Tokens lost, repeated or out of order.")
public class SlotReuseTest {

    /** A queue of capacity 2 holding tokens 0 and 1, per sample. */
    @State
    public static class Shared {
        final EventQueue queue = EventQueue.create(2);
        final Notifier notifier = queue.notifier();
        final Poller poller = queue.poller();
        final Events consumerEvents = Events.withCapacity(2);
        final Events drainEvents = Events.withCapacity(2);

        /** Queues tokens 0 and 1. */
        public Shared() {
            notifier.notify(0);
            notifier.notify(1);
        }
    }

    /**
     * Notifies token 0 again.
     *
     * @param s the shared state
     * @param r r1 = what notify returned
     */
    @Actor
    public void producer(Shared s, ZII_Result r) {
        r.r1 = s.notifier.notify(0);
    }

    /**
     * Takes the oldest token, 0.
     *
     * @param s the shared state
     * @param r r2 = the token polled
     */
    @Actor
    public void consumer(Shared s, ZII_Result r) {
        s.poller.poll(s.consumerEvents, 1);
        r.r2 = Deliveries.encode(s.consumerEvents);
    }

    /**
     * Drains the rest.
     *
     * @param s the shared state
     * @param r r3 = the tokens drained
     */
    @Arbiter
    public void drain(Shared s, ZII_Result r) {
        s.poller.poll(s.drainEvents);
        r.r3 = Deliveries.encode(s.drainEvents);
    }
}
