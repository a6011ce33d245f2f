package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.channel.Receiver;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * The {@link CloseRaceTest} litmus over a channel stand-in with the old close protocol
 * ({@link BrokenCloseChannel}: the sender does not re-read {@code closed} after its push, the
 * receiver returns {@code CLOSED} after one empty poll of a closed channel), to show that the
 * harness catches a token stranded behind {@code CLOSED} on the machine it runs on.
 *
 * <p>The same actors: the sender notifies token 0 while the receiver's thread closes the
 * stand-in and then receives until {@code CLOSED}; the arbiter receives once more. Result:
 * (how the notify ended, as in {@link CloseRaceTest}; deliveries of token 0 before
 * {@code CLOSED}; what the final receive returned). The stranded token, {@code 1, 0, 1}
 * (accepted, not received before {@code CLOSED}, and found by the later receive since the
 * stand-in's {@code CLOSED} is not final), is marked interesting rather than forbidden: this
 * test passes whether or not the race shows. Either fault can produce it: the close and the
 * receiver's empty poll fall between the sender's check of {@code closed} and its push, or
 * on a push claimed but not yet written. {@link BrokenCloseInFlightTest} shows the receiver's
 * fault on its own.
 *
 * <p>Observed on the 2-core build machine (JDK 17), with the CI settings of
 * {@code .ci/jcstress} (C2 only, two forks of 5 x 700 ms) and the {@code builtin} queue:
 * {@code 1, 0, 1} in 1,830 of 1,398,822 samples, and 438 of 989,222 in a second run.
 * {@link CloseRaceTest} over the real channel saw its forbidden {@code 1, 0, *} 0 times on
 * {@code builtin}, {@code jctools} and {@code agrona}.
 */
@JCStressTest
@Description("Notify-versus-close litmus over a channel whose sender does not re-check closed after its push.")
@Outcome(id = "1, 1, -1", expect = Expect.ACCEPTABLE, desc = "Accepted, and received before CLOSED.")
@Outcome(id = "2, 0, -1", expect = Expect.ACCEPTABLE, desc = "Rejected: closed before the notify's check.")
@Outcome(id = "1, 0, 1", expect = Expect.ACCEPTABLE_INTERESTING, desc = "Stranded behind CLOSED: the flaw was caught.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was lost or received twice.")
public class BrokenCloseRaceTest {

    /** One open stand-in per sample. */
    @State
    public static class Shared {
        final BrokenCloseChannel channel = new BrokenCloseChannel(1);
        final Events events = Events.withCapacity(1);
    }

    /**
     * Notifies token 0.
     *
     * @param s the shared state
     * @param r r1 = how the notify ended
     */
    @Actor
    public void sender(Shared s, III_Result r) {
        try {
            r.r1 = s.channel.send(0) ? CloseLitmus.ACCEPTED : CloseLitmus.CONFLATED;
        } catch (IllegalStateException e) {
            r.r1 = CloseLitmus.REJECTED;
        }
    }

    /**
     * Closes the stand-in, then receives until {@code CLOSED}.
     *
     * @param s the shared state
     * @param r r2 = deliveries of token 0 before {@code CLOSED}
     */
    @Actor
    public void closerReceiver(Shared s, III_Result r) {
        s.channel.close();
        int received = 0;
        while (s.channel.recv(s.events) != Receiver.CLOSED) {
            received += s.events.size();
        }
        r.r2 = received;
    }

    /**
     * Receives once more after every actor finished.
     *
     * @param s the shared state
     * @param r r3 = what the final receive returned
     */
    @Arbiter
    public void after(Shared s, III_Result r) {
        r.r3 = s.channel.tryRecv(s.events);
    }
}
