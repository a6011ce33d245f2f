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
 * FIFO: one producer notifies token 0 then token 1 while the consumer polls, through the
 * public API on the selected backend.
 *
 * <p>The arbiter drains what the consumer's poll left. Result: (consumer's poll, arbiter's
 * drain), each encoded by {@link Deliveries}: {@code 12} is token 0 then token 1.
 *
 * <p><b>Forbidden:</b> any outcome whose concatenation is not exactly "token 0, then token 1"
 * &mdash; token 1 delivered before token 0 (in one poll, or across the two), either token lost,
 * or either delivered twice.
 */
@JCStressTest
@Description("Tokens are delivered in the order they became pending.")
@Outcome(id = "0, 12", expect = Expect.ACCEPTABLE, desc = "Consumer polled before both notifies.")
@Outcome(id = "1, 2", expect = Expect.ACCEPTABLE, desc = "Consumer polled between the notifies.")
@Outcome(id = "12, 0", expect = Expect.ACCEPTABLE, desc = "Consumer polled after both notifies.")
@Outcome(id = {"2, .*", "21, .*", ".*, 21"}, expect = Expect.FORBIDDEN, desc = "Token 1 delivered before token 0.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A token was lost or delivered twice.")
public class FifoTest {

    /** One idle queue per sample. */
    @State
    public static class Shared {
        final EventQueue queue = EventQueue.create(2);
        final Notifier notifier = queue.notifier();
        final Poller poller = queue.poller();
        final Events consumerEvents = Events.withCapacity(2);
        final Events drainEvents = Events.withCapacity(2);
    }

    /**
     * Notifies token 0, then token 1.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.notifier.notify(0);
        s.notifier.notify(1);
    }

    /**
     * Polls once.
     *
     * @param s the shared state
     * @param r r1 = the tokens polled
     */
    @Actor
    public void consumer(Shared s, II_Result r) {
        s.poller.poll(s.consumerEvents);
        r.r1 = Deliveries.encode(s.consumerEvents);
    }

    /**
     * Drains the rest.
     *
     * @param s the shared state
     * @param r r2 = the tokens drained
     */
    @Arbiter
    public void drain(Shared s, II_Result r) {
        s.poller.poll(s.drainEvents);
        r.r2 = Deliveries.encode(s.drainEvents);
    }
}
