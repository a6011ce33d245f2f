package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
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
 * The {@link SelectorLostWakeupTest} litmus over a waker broken on purpose
 * ({@link BrokenSelectorWaker}: the loop announces blocking without the fence before its
 * emptiness check), to show whether the harness catches the race behind a lost wake-up of a
 * selector on the machine it runs on.
 *
 * <p>The loop waits at most 20 ms for the token while the notifier notifies it, over the
 * default backend's queue and the {@link SharedSelector}. Result: (whether the two sides
 * missed each other: the loop's first check found the queue empty and the notifier did not
 * read the announcement, 1, or not, 0, or the loop's first poll already had the token, -1;
 * what the loop got; how the wait ended &mdash; see {@link TimedWait}, with a 10 ms margin).
 *
 * <p>The first field is the race itself, read without a clock: with the fence, the two sides
 * cannot miss each other. Outcomes with {@code 1} first are marked interesting rather than
 * forbidden: this test passes whether or not the race shows. The third field shows what a
 * miss costs, a wait to the deadline ({@code 2}); on a busy machine it also counts loops that
 * were woken but not scheduled for 10 ms, so it is no measure of the flaw on its own.
 *
 * <p>Observed on the 2-core AMD EPYC build machine (JDK 17, load average about 6 from other
 * jobs), with the CI settings of {@code .ci/jcstress} for controls (C2 only, two forks of
 * 5 x 700 ms): {@code 1, 1, 2} (missed each other, and the loop slept to its deadline) in 321
 * of 414,303 samples. The same litmus with the fence put back (a volatile store and
 * {@code VarHandle.fullFence()}, as in the real waker), run once by hand with the same
 * settings: no outcome with {@code 1} first in 481,778 samples, and {@code 0, 1, 2} (woken,
 * then not run for 10 ms) in 57. {@link SelectorLostWakeupTest} over the real waker, whose
 * margin is 250 ms, slept through without a {@code wakeup()} 0 times on every backend.
 */
@JCStressTest
@Description("Selector lost wake-up litmus over a waker without the loop's StoreLoad fence.")
@Outcome(id = {"-1, 1, 0", "0, 1, 0"}, expect = Expect.ACCEPTABLE, desc = "Found the token, or woken, before the timeout.")
@Outcome(id = {"-1, 1, 1", "-1, 1, 2", "0, 1, 1", "0, 1, 2", "0, 0, 1"}, expect = Expect.ACCEPTABLE, desc = "Scheduling: the notifier held up, or the loop not run for 10 ms.")
@Outcome(id = {"1, 1, 0", "1, 1, 1", "1, 1, 2", "1, 0, 1", "1, 0, 2"}, expect = Expect.ACCEPTABLE_INTERESTING, desc = "Both sides missed each other: the flaw was caught.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was lost or a select failed.")
public class BrokenSelectorLostWakeupTest {

    private static final long TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** One broken waker per sample, over the shared selector. */
    @State
    public static class Shared {
        final BrokenSelectorWaker waker = new BrokenSelectorWaker(EventQueue.create(1),
            SharedSelector.get());
        final Events events = Events.withCapacity(1);
        final LoopStart start = new LoopStart();
        final TimedWait wait = new TimedWait(TIMEOUT_NANOS, TimeUnit.MILLISECONDS.toNanos(10));
    }

    /**
     * Polls and selects until the token arrives or the timeout passes.
     *
     * @param s the shared state
     * @param r r2 = 1 if the token arrived, 0 if it did not, {@link SelectLoop#WRONG_TOKEN}
     *     or {@link SelectLoop#FAILED}
     */
    @Actor
    public void loop(Shared s, III_Result r) {
        SharedSelector.clearStaleWakeup();
        s.wait.receiverEnters();
        s.start.loopStarts();
        r.r2 = SelectLoop.receive(s.waker.poller(), s.events, s.waker::select, TIMEOUT_NANOS);
        s.wait.receiverReturned();
    }

    /**
     * Notifies the token.
     *
     * @param s the shared state
     */
    @Actor
    public void notifier(Shared s) {
        s.start.awaitLoop();
        s.waker.notify(0);
        s.wait.wakerReturned();
    }

    /**
     * Records whether the sides missed each other, and classifies the wait.
     *
     * @param s the shared state
     * @param r r1 = {@link BrokenSelectorWaker#missedEachOther()}; r3 = the {@link TimedWait}
     *     class
     */
    @Arbiter
    public void classify(Shared s, III_Result r) {
        r.r1 = s.waker.missedEachOther();
        r.r3 = s.wait.classify();
    }
}
