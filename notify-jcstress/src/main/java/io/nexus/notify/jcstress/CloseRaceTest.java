package io.nexus.notify.jcstress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Notify against close against receive (trap 4 in docs/memory-ordering.md), through the public
 * channel API on the selected backend.
 *
 * <p>On an open channel with nothing pending, the sender notifies token 0 while the receiver's
 * thread calls {@code close()} and then runs the documented loop
 * {@code while (recv(events) != CLOSED)}. The arbiter then calls {@code tryRecv} once more.
 * Result: (how the notify ended: {@code 1} returned {@code true}, {@code 0} returned
 * {@code false}, {@code 2} threw {@link IllegalStateException}; what the receiver got before
 * {@code CLOSED}: {@code 1} for token 0, {@code 0} for nothing, see
 * {@link CloseLitmus#receiveUntilClosed()}; what the final {@code tryRecv} returned).
 *
 * <p>The receiver closes the channel itself because jcstress runs a test only with a CPU for
 * each actor, and the build machine has two. It is also the sharpest form of the race: the
 * receiver looks at the closed channel as early as any thread can, while the notify may be
 * anywhere between its closed check and its push.
 *
 * <p><b>Forbidden: {@code 1, 0, *}</b> &mdash; the notify returned {@code true}, yet the
 * receiver saw {@code CLOSED} without the token: an accepted token stranded behind
 * {@code CLOSED}. It happens when the sender checks {@code closed} only before its push (the
 * close and the receiver's empty poll fit between the check and the push), or when the
 * receiver takes one empty poll of a closed channel as proof of an empty queue.
 * {@link BrokenCloseRaceTest} shows it on a channel stand-in with both faults. Also forbidden:
 * a final {@code tryRecv} that returns anything but {@code CLOSED} ({@code -1}): once
 * returned, {@code CLOSED} is final, even if a rejected notify left its token queued; a
 * conflated notify (the token was idle); and the token received twice.
 *
 * <p>A notify that throws may still have queued its token (it pushed, then saw the close): the
 * receiver may get it, a spurious event the contract allows. That outcome, {@code 2, 1, -1},
 * is marked interesting: it shows that the run reached the window between a push and the
 * sender's re-read of {@code closed}, where the stranding race lives.
 */
@JCStressTest
@Description("A notify that returns true during close() is received before the receiver sees CLOSED.")
@Outcome(id = "1, 1, -1", expect = Expect.ACCEPTABLE, desc = "Accepted, and received before CLOSED.")
@Outcome(id = "2, 0, -1", expect = Expect.ACCEPTABLE, desc = "Rejected (closed first, or during the notify); not received.")
@Outcome(id = "2, 1, -1", expect = Expect.ACCEPTABLE_INTERESTING, desc = "Rejected after its push: a spurious event, received before CLOSED.")
@Outcome(id = "1, 0, .*", expect = Expect.FORBIDDEN, desc = "Stranded: notify returned true, the receiver saw CLOSED without the token.")
@Outcome(expect = Expect.FORBIDDEN, desc = "Conflated, received twice, or CLOSED not final.")
public class CloseRaceTest {

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
    public void sender(Shared s, III_Result r) {
        r.r1 = s.send(0);
    }

    /**
     * Closes the channel, then receives until {@code CLOSED}.
     *
     * @param s the shared state
     * @param r r2 = the tokens received
     */
    @Actor
    public void closerReceiver(Shared s, III_Result r) {
        s.close();
        r.r2 = s.receiveUntilClosed();
    }

    /**
     * Receives once more after every actor finished.
     *
     * @param s the shared state
     * @param r r3 = what {@code tryRecv} returned
     */
    @Arbiter
    public void after(Shared s, III_Result r) {
        r.r3 = s.receiveAfterClosed();
    }
}
