package io.nexus.notify.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Polls of ready tokens, fence included. Each invocation polls a batch of queues that an
 * untimed {@code Level.Invocation} setup has just refilled, and JMH divides by the batch, so
 * the figure is the time of one poll. {@link #poll8} and {@link #poll128} drain queues whose
 * capacity is exactly their 8 or 128 ready tokens (so the batch stays in the first-level cache
 * as one hot queue would); {@link #pollLimit32} takes {@code poll(events, 32)} from queues
 * holding 64 or 4096, the 32 taken notified again untimed: its cost must depend on the limit,
 * not on the backlog.
 */
public class PollBench extends Defaults {

    static final int QUEUES = 16;

    /** 32 queues of 8 ready tokens. */
    public static class Ready8 extends Subject {
        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, 2 * QUEUES, 8);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(8);
        }
    }

    /** 16 queues of 128 ready tokens. */
    public static class Ready128 extends Subject {
        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, QUEUES, 128);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(128);
        }
    }

    /** 16 queues with a constant backlog. */
    public static class Backlog extends Subject {
        /** How many tokens are pending before each poll. */
        @Param({"64", "4096"})
        public int ready;

        QueueBatch batch;

        /** Builds the queues and makes {@code ready} tokens pending in each. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, QUEUES, ready);
            batch.notifyFirst(ready);
        }

        /** Puts back, untimed, the tokens the last poll took out. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.renotifyPolled();
        }
    }

    /**
     * {@return the number polled} Drains 8 ready tokens from each queue of the batch.
     *
     * @param state the refilled queues
     */
    @Benchmark
    @OperationsPerInvocation(2 * QUEUES)
    public int poll8(Ready8 state) {
        return state.batch.pollAll();
    }

    /**
     * {@return the number polled} Drains 128 ready tokens from each queue of the batch.
     *
     * @param state the refilled queues
     */
    @Benchmark
    @OperationsPerInvocation(QUEUES)
    public int poll128(Ready128 state) {
        return state.batch.pollAll();
    }

    /**
     * {@return the number polled} Polls at most 32 tokens from each queue of the batch.
     *
     * @param state the queues with their backlog
     */
    @Benchmark
    @OperationsPerInvocation(QUEUES)
    public int pollLimit32(Backlog state) {
        return state.batch.pollAll(32);
    }
}
