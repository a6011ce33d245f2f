package io.nexus.notify.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * A poll that drains 8 or 128 ready tokens, fence included. Each invocation polls a batch of
 * queues that an untimed {@code Level.Invocation} setup has just refilled; JMH divides by the
 * batch, so the figure is the time of one poll. Each queue's capacity is exactly its number of
 * ready tokens, so the batch stays within the first-level cache as a single hot queue would.
 */
public class PollReadyBench extends Defaults {

    static final int SMALL_QUEUES = 32;
    static final int LARGE_QUEUES = 16;

    /** 32 queues of 8 ready tokens. */
    public static class Small extends Subject {
        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, SMALL_QUEUES, 8);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(8);
        }
    }

    /** 16 queues of 128 ready tokens. */
    public static class Large extends Subject {
        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, LARGE_QUEUES, 128);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(128);
        }
    }

    /**
     * Drains 8 ready tokens from each queue of the batch.
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
     * Drains 128 ready tokens from each queue of the batch.
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
