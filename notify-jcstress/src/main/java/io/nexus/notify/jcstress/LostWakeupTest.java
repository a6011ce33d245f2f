package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.WaitStrategy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Lost wake-up (trap 2 in docs/memory-ordering.md), through the public channel API on the
 * selected backend.
 *
 * <p>The receiver of a channel that parks at once ({@link WaitStrategy#parkImmediately()}, no
 * spin, no yield) calls {@code recv(events, 500 ms)} on an empty channel while the sender
 * notifies token 0. The receive is bounded so that a lost wake-up ends as a long wait rather
 * than a hung test; the channel re-checks the queue after its park times out, so a lost
 * wake-up shows as the token returned only at the deadline. The arbiter then drains with
 * {@code tryRecv}. Result: (what {@code recv} returned, what the final {@code tryRecv}
 * returned, how the wait ended &mdash; see {@link TimedWait}).
 *
 * <p><b>Forbidden: third field {@code 2}</b> ({@link TimedWait#SLEPT_THROUGH}) &mdash; the
 * receiver waited out its whole timeout although the sender's {@code notify}, which returned
 * {@code true}, had returned at least 250 ms before the deadline: the receiver published
 * itself parked and re-checked an empty-looking queue while the sender read "not parked", and
 * it slept with the token queued. Without the timeout it would have slept forever.
 * {@link BrokenLostWakeupTest} shows the race on a channel without the two fences.
 *
 * <p>The timed-out outcomes cost 500 ms each; in a correct channel they occur only when the
 * sender is held up (descheduled) for about the whole timeout, which is rare.
 */
@JCStressTest
@Description("A receiver parked on an empty channel is woken by a sender that made a token pending.")
@Outcome(id = "1, 0, 0", expect = Expect.ACCEPTABLE, desc = "Woken (or found the token) before the timeout.")
@Outcome(id = {"1, 0, 1", "0, 1, 1"}, expect = Expect.ACCEPTABLE_INTERESTING, desc = "The sender was held up until about the deadline.")
@Outcome(id = {"1, 0, 2", "0, 1, 2"}, expect = Expect.FORBIDDEN, desc = "Lost wake-up: slept out the timeout after notify returned.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was lost, duplicated or notify did not return true.")
public class LostWakeupTest {

    /** The receive's timeout. */
    static final long TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /** A timed-out receive counts as a lost wake-up if notify returned this long before. */
    static final long MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private static final Duration TIMEOUT = Duration.ofNanos(TIMEOUT_NANOS);

    /** One channel per sample, on the backend named by the system property. */
    @State
    public static class Shared {
        final EventChannel channel = EventChannel.create(1, null, WaitStrategy.parkImmediately());
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(1);
        final TimedWait wait = new TimedWait(TIMEOUT_NANOS, MARGIN_NANOS);
        boolean notified;
    }

    /**
     * Receives with a timeout.
     *
     * @param s the shared state
     * @param r r1 = what {@code recv} returned, 9 if it returned anything but token 0, 8 if it
     *     was interrupted
     */
    @Actor
    public void receiver(Shared s, III_Result r) {
        s.wait.receiverEnters();
        int n;
        try {
            n = s.receiver.recv(s.events, TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            n = 8;
        }
        s.wait.receiverReturned();
        r.r1 = n == 0 || (n == 1 && s.events.index(0) == 0) ? n : 9;
    }

    /**
     * Notifies token 0.
     *
     * @param s the shared state
     */
    @Actor
    public void sender(Shared s) {
        s.notified = s.channel.sender().notify(0);
        s.wait.wakerReturned();
    }

    /**
     * Drains what is left and classifies the wait.
     *
     * @param s the shared state
     * @param r r2 = what {@code tryRecv} returned; r3 = the {@link TimedWait} class, or 9 if
     *     notify returned {@code false}
     */
    @Arbiter
    public void drain(Shared s, III_Result r) {
        r.r2 = s.receiver.tryRecv(s.events);
        r.r3 = s.notified ? s.wait.classify() : 9;
    }
}
