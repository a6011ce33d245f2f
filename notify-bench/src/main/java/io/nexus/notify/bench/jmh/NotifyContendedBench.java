package io.nexus.notify.bench.jmh;

import io.nexus.notify.Notifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Two producer threads hammering one token that stays pending: every notify conflates. The
 * figure is the time per notify per thread; compare it with
 * {@link FloorSwapBench#swapContended()}, the same load on a swap-only flag.
 */
@State(Scope.Benchmark)
public class NotifyContendedBench extends Subject {

    private static final int TOKEN = 1;

    private Notifier notifier;

    /** Builds the queue and makes the token pending for good. */
    @Setup
    public void setUp() {
        notifier = queue(64).notifier();
        notifier.notify(TOKEN);
    }

    /**
     * Notifies the pending token from each of two threads.
     *
     * @return {@code false}, consumed so the call is not eliminated
     */
    @Benchmark
    @Threads(2)
    public boolean conflated() {
        return notifier.notify(TOKEN);
    }
}
