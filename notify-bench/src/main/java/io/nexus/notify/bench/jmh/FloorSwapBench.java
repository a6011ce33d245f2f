package io.nexus.notify.bench.jmh;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The swap-only notify: a plain {@link AtomicIntegerArray#getAndSet} of a pending flag, what a
 * conflating notify costs without a test before the swap. Alone it is the floor of a fenced
 * single-threaded notify; from two threads on one flag it shows the cache line bouncing
 * between cores that the test-before-swap avoids. Followed by a claim on a shared tail counter
 * ({@code getAndAdd}), it is the least a new notification of any conflating MPSC queue costs.
 */
@State(Scope.Benchmark)
public class FloorSwapBench extends Defaults {

    private static final int TOKEN = 1;
    /** The tail counter's slot, 128 bytes away from the flag. */
    private static final int TAIL = 33;

    private final AtomicIntegerArray flags = new AtomicIntegerArray(64);

    /**
     * Swaps the flag of a pending token from one thread.
     *
     * @return the old flag, consumed so the call is not eliminated
     */
    @Benchmark
    public int swap() {
        return flags.getAndSet(TOKEN, 1);
    }

    /**
     * Swaps the flag of a pending token from each of two threads.
     *
     * @return the old flag, consumed so the call is not eliminated
     */
    @Benchmark
    @Threads(2)
    public int swapContended() {
        return flags.getAndSet(TOKEN, 1);
    }

    /**
     * Swaps a flag, then claims a slot on a tail counter: the two atomic operations of a new
     * notification, without the queue around them.
     *
     * @return the claimed position, consumed so the call is not eliminated
     */
    @Benchmark
    public int swapAndClaim() {
        flags.getAndSet(TOKEN, 1);
        return flags.getAndAdd(TAIL, 1);
    }
}
