package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Publication: a producer writes plain data, then notifies an idle token; the consumer polls
 * and, if it got the token, reads the data, through the public API on the selected backend.
 * The engine's ordering 1: the backend's offer releases the data (for {@code builtin}, the
 * release fence before the claim, ahead of the ring's plain slot store), and the engine's full
 * fence after a non-empty drain acquires it.
 *
 * <p>Result: (token delivered, data read after the poll).
 *
 * <p><b>Forbidden:</b> the token delivered with the data not yet visible.
 */
@JCStressTest
@Description("Data written before a notify is visible once the poll delivers the token.")
@Outcome(id = "1, 42", expect = Expect.ACCEPTABLE, desc = "Token and data seen.")
@Outcome(id = {"0, 0", "0, 42"}, expect = Expect.ACCEPTABLE, desc = "The poll came before the token was queued.")
@Outcome(id = "1, 0", expect = Expect.FORBIDDEN, desc = "Token delivered, data stale.")
public class PublicationTest {

    /** One idle queue and its data per sample. */
    @State
    public static class Shared {
        final EventQueue queue = EventQueue.create(1);
        final Notifier notifier = queue.notifier();
        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(1);
        int data;
    }

    /**
     * Writes the data, then notifies token 0.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.data = 42;
        s.notifier.notify(0);
    }

    /**
     * Polls once, then reads the data.
     *
     * @param s the shared state
     * @param r r1 = tokens delivered, r2 = the data read after the poll
     */
    @Actor
    public void consumer(Shared s, II_Result r) {
        r.r1 = s.poller.poll(s.events);
        r.r2 = s.data;
    }
}
