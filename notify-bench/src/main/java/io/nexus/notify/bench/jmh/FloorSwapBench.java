package io.nexus.notify.bench.jmh;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The swap-only notify: a plain {@link AtomicIntegerArray#getAndSet} of a pending flag, which
 * is what a conflating notify costs without a test before the swap. Alone it is the floor
 * of a fenced single-threaded notify; from two threads on one flag it shows the cache line
 * bouncing between cores that the test-before-swap avoids. Followed by a claim on a shared
 * tail counter ({@code getAndAdd}), it is the least a new notification of any conflating MPSC
 * queue costs: two atomic read-modify-writes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FloorSwapBench {

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
