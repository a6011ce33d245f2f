package io.nexus.notify.jcstress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The {@link LostUpdateTest} litmus over a queue broken on purpose
 * ({@link BrokenQueue.Flaw#UNFENCED_CONFLATION}), to show
 * that the harness detects a lost update on the machine it runs on.
 *
 * <p>The producer decides to conflate from a plain read of the flag, with no full fence
 * after its data write (test-and-test-and-set without the fence, trap 3 in
 * docs/memory-ordering.md). Its data store can still sit in the store buffer when it reads the
 * set flag, so it conflates while the consumer, which clears and fences correctly, reads the
 * old data.
 *
 * <p>The lost update, {@code 0, 0}, is marked interesting rather than forbidden: this test
 * passes whether or not the race shows, and a run where it shows proves that
 * {@link LostUpdateTest} would catch the same flaw in a real backend.
 *
 * <p>Observed on the 2-core AMD EPYC build machine (JDK 17): with the CI settings of
 * {@code .ci/jcstress} (C2 only, two forks of 5 x 700 ms) 649 lost updates in 24,602,662
 * samples; with jcstress's quick preset over every JVM mode and split compilation 1,593 in
 * 69,018,472. The race shows under C1 and C2, not in the interpreter.
 */
@JCStressTest
@Description("Lost-update litmus over a queue without the needed StoreLoad barrier.")
@Outcome(id = {"1, 0", "1, 1", "0, 1"}, expect = Expect.ACCEPTABLE, desc = "Update delivered.")
@Outcome(id = "0, 0", expect = Expect.ACCEPTABLE_INTERESTING, desc = "Lost update: the flaw was caught.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was not delivered exactly as expected.")
public class BrokenUnfencedConflationTest {

    /** One queue and one data slot per sample. */
    @State
    public static class Shared extends LostUpdateLitmus {
        /** Creates the queue with token 0 pending. */
        public Shared() {
            this(new BrokenQueue(1, BrokenQueue.Flaw.UNFENCED_CONFLATION));
        }

        private Shared(BrokenQueue q) {
            super(q, q);
        }
    }

    /**
     * Writes the new data, then notifies.
     *
     * @param s the shared state
     */
    @Actor
    public void producer(Shared s) {
        s.produce();
    }

    /**
     * Polls, then reads the data of the token it was given.
     *
     * @param s the shared state
     * @param r r1 = data read, or -1 if the poll did not return token 0
     */
    @Actor
    public void consumer(Shared s, II_Result r) {
        r.r1 = s.consume(0);
    }

    /**
     * Polls once more after both actors finished.
     *
     * @param s the shared state
     * @param r r2 = number of tokens returned
     */
    @Arbiter
    public void finalPoll(Shared s, II_Result r) {
        r.r2 = s.finalPoll();
    }
}
