package io.nexus.notify.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A poll that drains 8 or 128 ready tokens, fence included. Each invocation polls a batch of
 * queues that an untimed {@code Level.Invocation} setup has just refilled; JMH divides by the
 * batch, so the figure is the time of one poll. Each queue's capacity is exactly its number of
 * ready tokens, so the batch stays within the first-level cache as a single hot queue would.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PollReadyBench {

    private static final int SMALL = 8;
    private static final int LARGE = 128;
    private static final int SMALL_QUEUES = 32;
    private static final int LARGE_QUEUES = 16;

    /** The state for the 8-ready poll. */
    @State(Scope.Thread)
    public static class Small {
        /** The subject: a backend name or a peer name. */
        @Param("builtin")
        public String backend;

        private QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, SMALL_QUEUES, SMALL);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(SMALL);
        }
    }

    /** The state for the 128-ready poll. */
    @State(Scope.Thread)
    public static class Large {
        /** The subject: a backend name or a peer name. */
        @Param("builtin")
        public String backend;

        private QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, LARGE_QUEUES, LARGE);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(LARGE);
        }
    }

    /**
     * Drains {@value #SMALL} ready tokens from each queue of the batch.
     *
     * @param state the refilled queues
     * @return the number polled, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(SMALL_QUEUES)
    public int poll8(Small state) {
        return state.batch.pollAll();
    }

    /**
     * Drains {@value #LARGE} ready tokens from each queue of the batch.
     *
     * @param state the refilled queues
     * @return the number polled, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(LARGE_QUEUES)
    public int poll128(Large state) {
        return state.batch.pollAll();
    }
}
