package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.channel.SelectorWaker;
import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Lost wake-up of an event loop blocked in a {@link java.nio.channels.Selector}, through
 * {@link SelectorWaker} on the selected backend: the same litmus as {@link LostWakeupTest},
 * with the loop waiting in {@code select} instead of parking.
 *
 * <p>The loop actor polls an empty queue and selects through the waker, with a 500 ms
 * timeout, until token 0 arrives or the deadline passes ({@link SelectLoop}); the other actor
 * notifies token 0 through the waker's notifier. A lost wake-up shows as the token polled
 * only at the deadline. The arbiter then polls what is left. Result: (what the loop got: 1
 * for token 0, 0 for nothing; what the arbiter's poll returned; how the wait ended &mdash; see
 * {@link TimedWait}; how many times the notify called {@code wakeup()}).
 *
 * <p><b>Forbidden: third field {@code 2}</b> ({@link TimedWait#SLEPT_THROUGH}) <b>with fourth
 * field {@code 0}</b> &mdash; the loop blocked in select until its timeout although the
 * notify, which returned {@code true}, had returned at least 250 ms before the deadline, and
 * the notify never called {@code wakeup()}: the loop announced that it would block and found
 * the queue empty while the notifier read "not blocking". Without the timeout it would have
 * slept until some socket woke it. {@link BrokenSelectorLostWakeupTest} shows the race on a
 * waker without the loop's fence.
 *
 * <p>The fourth field, {@link SelectorWaker#wakeups()}, tells that from a loop the scheduler
 * kept off its CPU: a notify that called {@code wakeup()} did so before it returned, so a loop
 * that still returned only after the margin was woken in time and not run (on a heavily loaded
 * machine, pinned actors can wait hundreds of milliseconds for their CPU; the same runs show
 * notifiers held up as long). With the real waker a blocked select whose check missed the
 * notify's claim always has its {@code wakeup()}: the notifier's read then sees the
 * announcement (see the waker's notes), so a lost wake-up shows as {@code 0} here.
 *
 * <p>Every sample has its own queue and waker, over one selector shared by all samples
 * ({@link SharedSelector} explains why, and why sharing can hide a lost wake-up but never
 * report a false one). The timed-out outcomes cost 500 ms each; with a correct waker they occur
 * only when the notifier is descheduled for about the whole timeout, which is rare.
 */
@JCStressTest
@Description("A loop blocked in Selector.select is woken by a notify that made a token pending.")
@Outcome(id = {"1, 0, 0, 0", "1, 0, 0, 1"}, expect = Expect.ACCEPTABLE, desc = "Woken (or found the token) before the timeout.")
@Outcome(id = {"1, 0, 1, 0", "1, 0, 1, 1", "0, 1, 1, 0", "0, 1, 1, 1"}, expect = Expect.ACCEPTABLE_INTERESTING, desc = "The notifier was held up until about the deadline.")
@Outcome(id = "1, 0, 2, 1", expect = Expect.ACCEPTABLE_INTERESTING, desc = "wakeup() called in time, but the loop ran only after the margin.")
@Outcome(id = {"1, 0, 2, 0", "0, 1, 2, 0"}, expect = Expect.FORBIDDEN, desc = "Lost wake-up: slept out the timeout, no wakeup() called.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was lost or duplicated, a select failed, or notify did not return true.")
public class SelectorLostWakeupTest {

    /** The loop's timeout. */
    static final long TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    /** A timed-out loop counts as a lost wake-up if notify returned this long before. */
    static final long MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** One queue and waker per sample, on the backend named by the system property. */
    @State
    public static class Shared {
        final SelectorWaker waker = SelectorWaker.over(EventQueue.create(1),
            SharedSelector.get());
        final Events events = Events.withCapacity(1);
        final LoopStart start = new LoopStart();
        final TimedWait wait = new TimedWait(TIMEOUT_NANOS, MARGIN_NANOS);
        boolean notified;
    }

    /**
     * Polls and selects until token 0 arrives or the timeout passes.
     *
     * @param s the shared state
     * @param r r1 = 1 if token 0 arrived, 0 if nothing did, {@link SelectLoop#WRONG_TOKEN} or
     *     {@link SelectLoop#FAILED}
     */
    @Actor
    public void loop(Shared s, IIII_Result r) {
        SharedSelector.clearStaleWakeup();
        s.wait.receiverEnters();
        s.start.loopStarts();
        final int got = SelectLoop.receive(s.waker.poller(), s.events, s.waker::select,
            TIMEOUT_NANOS);
        s.wait.receiverReturned();
        r.r1 = got;
    }

    /**
     * Notifies token 0.
     *
     * @param s the shared state
     */
    @Actor
    public void notifier(Shared s) {
        s.start.awaitLoop();
        s.notified = s.waker.notifier().notify(0);
        s.wait.wakerReturned();
    }

    /**
     * Polls what is left and classifies the wait.
     *
     * @param s the shared state
     * @param r r2 = what the poll returned; r3 = the {@link TimedWait} class, or 9 if notify
     *     returned {@code false}; r4 = {@link SelectorWaker#wakeups()}
     */
    @Arbiter
    public void drain(Shared s, IIII_Result r) {
        r.r2 = s.waker.poller().poll(s.events);
        r.r3 = s.notified ? s.wait.classify() : 9;
        r.r4 = (int) s.waker.counters().wakeups();
    }
}
