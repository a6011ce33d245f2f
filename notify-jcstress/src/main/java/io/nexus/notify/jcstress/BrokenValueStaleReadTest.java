package io.nexus.notify.jcstress;

import io.nexus.notify.EventQueue;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The {@link ValueStaleReadTest} litmus over a value slot broken on purpose
 * ({@link BrokenValueSlot.Flaw#NOTIFY_BEFORE_STORE}), over the default backend's queue, to
 * show that the harness detects a stale read on the machine it runs on.
 *
 * <p>The producer notifies before it stores the value. A consumer delivered the token by the
 * first notify can take before the first store ({@code 0, 2}); one delivered it after the
 * second notify conflated can take 1 before the second store, and then no notify is left to
 * deliver 2 ({@code 1, -1}).
 *
 * <p>Every outcome that {@link ValueStaleReadTest} forbids is marked interesting here rather
 * than forbidden: this test passes whether or not the race shows, and a run where it shows
 * proves that {@code ValueStaleReadTest} would catch the same flaw in the real slot.
 *
 * <p>Observed on the 2-core AMD EPYC build machine (JDK 17), with the CI settings of
 * {@code .ci/jcstress} (C2 only, two forks of 5 x 700 ms): 47 in 4,952,102 samples (46 times
 * {@code 1, -1}, once {@code 0, 2}); in an earlier run 16 in 2,064,422. The window is the
 * few instructions between a notify and its store, so the race shows rarely, but it shows.
 */
@JCStressTest
@Description("Stale-read litmus over a value slot that stores after notifying.")
@Outcome(id = {"-1, 2", "1, 2", "2, -1", "2, 0"}, expect = Expect.ACCEPTABLE,
    desc = "The latest value was delivered.")
@Outcome(expect = Expect.ACCEPTABLE_INTERESTING,
    desc = "Stale read or lost value: the flaw was caught.")
public class BrokenValueStaleReadTest {

    /** One queue of one token and its broken slot per sample. */
    @State
    public static class Shared extends ValueStaleReadLitmus {
        private final BrokenValueSlot<int[]> slot;

        /** Creates the queue and an empty broken slot over it. */
        public Shared() {
            this(EventQueue.create(1));
        }

        private Shared(EventQueue queue) {
            super(queue.poller());
            slot = new BrokenValueSlot<>(queue.notifier(),
                BrokenValueSlot.Flaw.NOTIFY_BEFORE_STORE);
        }

        @Override
        void publish(int[] value) {
            slot.publish(value);
        }

        @Override
        int[] take() {
            return slot.take();
        }
    }

    /**
     * Publishes 1, then 2.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.produce();
    }

    /**
     * Polls, then takes the value of the token it was given.
     *
     * @param s the shared state
     * @param r r1 = the value taken, 0 if none, or -1 if the poll was empty
     */
    @Actor
    public void consumer(Shared s, II_Result r) {
        r.r1 = s.consume();
    }

    /**
     * Polls and takes once more after both actors finished.
     *
     * @param s the shared state
     * @param r r2 = the value taken, 0 if none, or -1 if the poll was empty
     */
    @Arbiter
    public void finalTake(Shared s, II_Result r) {
        r.r2 = s.finalTake();
    }
}
