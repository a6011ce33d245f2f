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
import org.openjdk.jcstress.infra.results.ZZI_Result;

/**
 * Single entry: two producers notify the same idle token at once, through the public API on
 * the selected backend.
 *
 * <p>The arbiter drains the queue twice after both producers finished. Result: (first
 * producer's {@code notify} return, second producer's return, times token 0 was delivered
 * across both drains).
 *
 * <p><b>Forbidden:</b> both notifies returning {@code true} (the token would be queued twice),
 * neither returning {@code true}, and any delivery count other than 1 (a token delivered twice
 * without being re-notified after a poll, or lost).
 */
@JCStressTest
@Description("Concurrent notifies of one idle token queue it exactly once.")
@Outcome(id = "true, false, 1", expect = Expect.ACCEPTABLE, desc = "First producer queued the token; second conflated.")
@Outcome(id = "false, true, 1", expect = Expect.ACCEPTABLE, desc = "Second producer queued the token; first conflated.")
@Outcome(id = "true, true, .*", expect = Expect.FORBIDDEN, desc = "Both producers claim to have queued the token.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was lost or delivered more than once.")
public class SingleEntryTest {

    /** One idle queue per sample. */
    @State
    public static class Shared {
        final EventQueue queue = EventQueue.create(1);
        final Notifier notifier = queue.notifier();
        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(2);
    }

    /**
     * Notifies token 0.
     *
     * @param s the shared state
     * @param r r1 = what notify returned
     */
    @Actor
    public void first(Shared s, ZZI_Result r) {
        r.r1 = s.notifier.notify(0);
    }

    /**
     * Notifies token 0.
     *
     * @param s the shared state
     * @param r r2 = what notify returned
     */
    @Actor
    public void second(Shared s, ZZI_Result r) {
        r.r2 = s.notifier.notify(0);
    }

    /**
     * Drains twice and counts the deliveries of token 0.
     *
     * @param s the shared state
     * @param r r3 = deliveries of token 0 over both drains
     */
    @Arbiter
    public void drain(Shared s, ZZI_Result r) {
        int delivered = 0;
        for (int drain = 0; drain < 2; drain++) {
            s.poller.poll(s.events);
            for (int i = 0; i < s.events.size(); i++) {
                if (s.events.index(i) == 0) {
                    delivered++;
                }
            }
        }
        r.r3 = delivered;
    }
}
