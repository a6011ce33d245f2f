package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.WaitStrategy;
import java.time.Duration;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Close against a parking receiver (the lost close of the channel's notes), through the
 * public channel API on the selected backend.
 *
 * <p>The receiver of an empty channel that parks at once calls {@code recv(events, 500 ms)}
 * while another thread calls {@code close()}. The arbiter then calls {@code tryRecv}. Result:
 * (what {@code recv} returned, what the final {@code tryRecv} returned, how the wait ended
 * &mdash; see {@link TimedWait}).
 *
 * <p><b>Forbidden: third field {@code 2}</b> ({@link TimedWait#SLEPT_THROUGH}) &mdash; the
 * receiver stayed parked until its timeout although {@code close()} had returned at least
 * 250 ms before the deadline; without the timeout it would never have returned. Also
 * forbidden: any result but {@link Receiver#CLOSED} ({@code -1}) from the final
 * {@code tryRecv}, or from a {@code recv} that did not time out, since nothing was ever
 * notified.
 */
@JCStressTest
@Description("close() wakes a receiver that is parking or parked, which then returns CLOSED.")
@Outcome(id = "-1, -1, 0", expect = Expect.ACCEPTABLE, desc = "Woken by close (or saw it first): CLOSED.")
@Outcome(id = {"-1, -1, 1", "0, -1, 1"}, expect = Expect.ACCEPTABLE_INTERESTING, desc = "close was held up until about the deadline.")
@Outcome(id = {"-1, -1, 2", "0, -1, 2"}, expect = Expect.FORBIDDEN, desc = "Lost close: stayed parked after close returned.")
@Outcome(expect = Expect.FORBIDDEN, desc = "A receive on a closed channel did not return CLOSED.")
public class CloseWakeupTest {

    private static final Duration TIMEOUT = Duration.ofNanos(LostWakeupTest.TIMEOUT_NANOS);

    /** One channel per sample, on the backend named by the system property. */
    @State
    public static class Shared {
        final EventChannel channel = EventChannel.create(1, null, WaitStrategy.parkImmediately());
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(1);
        final TimedWait wait =
            new TimedWait(LostWakeupTest.TIMEOUT_NANOS, LostWakeupTest.MARGIN_NANOS);
    }

    /**
     * Receives with a timeout.
     *
     * @param s the shared state
     * @param r r1 = what {@code recv} returned, or 8 if it was interrupted
     */
    @Actor
    public void receiver(Shared s, III_Result r) {
        s.wait.receiverEnters();
        try {
            r.r1 = s.receiver.recv(s.events, TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            r.r1 = 8;
        }
        s.wait.receiverReturned();
    }

    /**
     * Closes the channel.
     *
     * @param s the shared state
     */
    @Actor
    public void closer(Shared s) {
        s.channel.close();
        s.wait.wakerReturned();
    }

    /**
     * Receives once more and classifies the wait.
     *
     * @param s the shared state
     * @param r r2 = what {@code tryRecv} returned; r3 = the {@link TimedWait} class
     */
    @Arbiter
    public void drain(Shared s, III_Result r) {
        r.r2 = s.receiver.tryRecv(s.events);
        r.r3 = s.wait.classify();
    }
}
