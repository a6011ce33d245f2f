package io.nexus.notify.jcstress;

import java.util.concurrent.TimeUnit;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The {@link LostWakeupTest} litmus over a channel broken on purpose ({@link BrokenChannel}:
 * no full fence on either side of the parked/ready handshake), to show whether the harness
 * catches a lost wake-up on the machine it runs on.
 *
 * <p>The receiver waits at most 20 ms for the token while the sender makes it ready. Result:
 * (what the receive returned, how the wait ended &mdash; see {@link TimedWait}, with a 10 ms
 * margin). The lost wake-up, {@code 1, 2}, is marked interesting rather than forbidden: this
 * test passes whether or not the race shows. The short timeout keeps each caught race cheap;
 * it also lets a receiver that was woken but then not scheduled for 10 ms pass for a lost
 * wake-up, so read the count as an upper bound (see the fenced run below).
 *
 * <p>Observed on the 2-core AMD EPYC build machine (JDK 17), with the CI settings of
 * {@code .ci/jcstress} (C2 only, two forks of 5 x 700 ms): {@code 1, 2} in 342 of 1,654,822
 * samples in one full CI run, and 268 of 2,443,302 in a run of the channel tests alone. The
 * same litmus with the two fences put back, run once by hand with the same settings, gave
 * {@code 1, 2} in 7 of 19,134,502 samples: that is the floor of receivers that were woken but
 * not scheduled for 10 ms, about 500 times rarer than with the flaw. {@link LostWakeupTest}
 * over the real channel, whose margin is 250 ms, slept through 0 times on every backend.
 */
@JCStressTest
@Description("Lost wake-up litmus over a channel without the StoreLoad fences.")
@Outcome(id = "1, 0", expect = Expect.ACCEPTABLE, desc = "Woken (or found the token) before the timeout.")
@Outcome(id = {"1, 1", "0, 1"}, expect = Expect.ACCEPTABLE, desc = "The sender was held up until about the deadline.")
@Outcome(id = {"1, 2", "0, 2"}, expect = Expect.ACCEPTABLE_INTERESTING, desc = "Lost wake-up: the flaw was caught.")
@Outcome(expect = Expect.FORBIDDEN, desc = "The token was lost.")
public class BrokenLostWakeupTest {

    private static final long TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** One broken channel per sample. */
    @State
    public static class Shared {
        final BrokenChannel channel = new BrokenChannel();
        final TimedWait wait = new TimedWait(TIMEOUT_NANOS, TimeUnit.MILLISECONDS.toNanos(10));
    }

    /**
     * Receives with a timeout.
     *
     * @param s the shared state
     * @param r r1 = what the receive returned
     */
    @Actor
    public void receiver(Shared s, II_Result r) {
        s.wait.receiverEnters();
        r.r1 = s.channel.receive(TIMEOUT_NANOS);
        s.wait.receiverReturned();
    }

    /**
     * Makes the token ready.
     *
     * @param s the shared state
     */
    @Actor
    public void sender(Shared s) {
        s.channel.send();
        s.wait.wakerReturned();
    }

    /**
     * Classifies the wait.
     *
     * @param s the shared state
     * @param r r2 = the {@link TimedWait} class
     */
    @Arbiter
    public void classify(Shared s, II_Result r) {
        r.r2 = s.wait.classify();
    }
}
