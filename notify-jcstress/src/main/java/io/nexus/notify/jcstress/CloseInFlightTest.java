package io.nexus.notify.jcstress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * A token notified before {@code close()} while another notify is in flight, through the
 * public channel API on the selected backend.
 *
 * <p>On an open channel with nothing pending, one sender notifies token 0 while the
 * receiver's thread notifies token 1, closes the channel, and then runs the documented loop
 * {@code while (recv(events) != CLOSED)}. If the notify of token 0 claims its place in the
 * FIFO first and has not written it when the receiver polls the closed channel, that poll
 * stops at the unwritten place and comes back empty although token 1, whose notify returned
 * before the close, is queued behind it. The receiver must wait for the notify in flight
 * (which wakes it when done) instead of returning {@code CLOSED}. The arbiter then calls
 * {@code tryRecv} once more. Result: (how each notify ended, token 0's then token 1's:
 * {@code 1} returned {@code true}, {@code 2} threw {@link IllegalStateException}; what the
 * receiver got before {@code CLOSED}, in order: {@code 12} is token 0 then token 1, see
 * {@link CloseLitmus#receiveUntilClosed()}; what the final {@code tryRecv} returned). The
 * receiver's thread does the notify and the close itself because jcstress runs a test only
 * with a CPU for each actor, and the build machine has two.
 *
 * <p><b>Forbidden:</b> token 1 missing from what the receiver got, since its notify returned
 * {@code true} before {@code close()} was called; token 0 missing although its notify returned
 * {@code true}; the notify of token 1 not returning {@code true} (the channel was open and the
 * token idle); either token received twice; and a final {@code tryRecv} other than
 * {@code CLOSED} ({@code -1}), which is final. {@link BrokenCloseInFlightTest} shows token 1
 * stranded on a channel stand-in whose receiver takes one empty poll of a closed channel as
 * proof of an empty queue.
 *
 * <p>The notify of token 0 may throw after its push, when it sees the close only on its
 * re-read of {@code closed}; its token is then a spurious event, which the receiver may or may
 * not get. The outcomes where it gets one, {@code 2, 1, 12, -1} and {@code 2, 1, 21, -1}, are
 * marked interesting: the notify of token 0 overlapped the close, which is when it can still
 * be in flight while the receiver checks the closed channel.
 */
@JCStressTest
@Description("A token notified before close() is received before CLOSED even behind a notify still in flight.")
@Outcome(id = {"1, 1, 12, -1", "1, 1, 21, -1"}, expect = Expect.ACCEPTABLE, desc = "Both accepted and received before CLOSED.")
@Outcome(id = "2, 1, 2, -1", expect = Expect.ACCEPTABLE, desc = "Token 0 rejected (closed first, or during its notify); token 1 received.")
@Outcome(id = {"2, 1, 12, -1", "2, 1, 21, -1"}, expect = Expect.ACCEPTABLE_INTERESTING, desc = "Token 0's notify overlapped close: rejected after its push, received as a spurious event.")
@Outcome(expect = Expect.FORBIDDEN, desc = "An accepted token was not received before CLOSED, a token came twice, or CLOSED was not final.")
public class CloseInFlightTest {

    /** One open channel per sample. */
    @State
    public static class Shared extends CloseLitmus {
    }

    /**
     * Notifies token 0.
     *
     * @param s the shared state
     * @param r r1 = how the notify ended
     */
    @Actor
    public void sender(Shared s, IIII_Result r) {
        r.r1 = s.send(0);
    }

    /**
     * Notifies token 1, closes the channel, then receives until {@code CLOSED}.
     *
     * @param s the shared state
     * @param r r2 = how the notify ended; r3 = the tokens received, in order
     */
    @Actor
    public void senderCloserReceiver(Shared s, IIII_Result r) {
        r.r2 = s.send(1);
        s.close();
        r.r3 = s.receiveUntilClosed();
    }

    /**
     * Receives once more after every actor finished.
     *
     * @param s the shared state
     * @param r r4 = what {@code tryRecv} returned
     */
    @Arbiter
    public void after(Shared s, IIII_Result r) {
        r.r4 = s.receiveAfterClosed();
    }
}
