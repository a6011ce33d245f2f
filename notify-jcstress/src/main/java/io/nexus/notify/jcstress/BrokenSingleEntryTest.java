package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZI_Result;

/**
 * The {@link SingleEntryTest} litmus over a queue broken on purpose
 * ({@link BrokenQueue.Flaw#NON_ATOMIC_CLAIM}), to show that the harness detects a token queued
 * twice on the machine it runs on.
 *
 * <p>Each producer reads the flag and, seeing 0, writes 1: both can read 0 first, both return
 * {@code true} and both queue the token, which the drain then delivers twice. That outcome,
 * {@code true, true, 2}, is marked interesting rather than forbidden: this test passes whether
 * or not the race shows.
 *
 * <p>Observed on the 2-core AMD EPYC build machine (JDK 17), with the CI settings of
 * {@code .ci/jcstress} (C2 only, two forks of 5 x 700 ms): queued twice in 2,189,980 of
 * 13,072,422 samples.
 */
@JCStressTest
@Description("Single-entry litmus over a queue whose claim is not one atomic swap.")
@Outcome(id = {"true, false, 1", "false, true, 1"}, expect = Expect.ACCEPTABLE, desc = "One producer queued the token.")
@Outcome(id = "true, true, 2", expect = Expect.ACCEPTABLE_INTERESTING, desc = "Queued twice: the flaw was caught.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was lost.")
public class BrokenSingleEntryTest {

    /** One idle broken queue per sample. */
    @State
    public static class Shared {
        final BrokenQueue queue = new BrokenQueue(1, BrokenQueue.Flaw.NON_ATOMIC_CLAIM);
        final Events events = Events.withCapacity(2);
    }

    /**
     * Notifies token 0.
     *
     * @param s the shared state
     * @param r r1 = what notify returned
     */
    @Actor
    public void first(Shared s, ZZI_Result r) {
        r.r1 = s.queue.notify(0);
    }

    /**
     * Notifies token 0.
     *
     * @param s the shared state
     * @param r r2 = what notify returned
     */
    @Actor
    public void second(Shared s, ZZI_Result r) {
        r.r2 = s.queue.notify(0);
    }

    /**
     * Drains and counts the deliveries of token 0.
     *
     * @param s the shared state
     * @param r r3 = deliveries of token 0
     */
    @Arbiter
    public void drain(Shared s, ZZI_Result r) {
        r.r3 = s.queue.poll(s.events);
    }
}
