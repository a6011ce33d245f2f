package io.nexus.notify.bench.jmh;

import io.nexus.notify.bench.peer.Subjects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Polls of ready tokens, fence included, each invocation polling a batch of queues refilled
 * untimed ({@code Level.Invocation}; JMH divides by the batch): queues of exactly 8 (bare and
 * counted) or 128 (also {@code local}) drained, and {@code poll(events, 32)} of 64 or 4096.
 */
public class PollBench extends Defaults {

    static final int QUEUES = 16;

    /** 32 queues of 8 ready tokens, bare or counted. */
    public static class Ready8 extends Subject {
        /** {@code off}: the bare queues; {@code on}: wrapped in counting queues. */
        @Param({"off", "on"})
        public String counting;

        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(c -> queue(c, counting), 2 * QUEUES, 8);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(8);
        }
    }

    /** 16 queues of 128 ready tokens. */
    @State(Scope.Thread)
    public static class Ready128 {
        /** Every backend, both peers, and the single-thread queue: this runs on one thread. */
        @Param({"builtin", "jctools", "agrona", Subjects.JDK_PEER, Subjects.JCTOOLS_PEER,
            Subjects.LOCAL})
        public String backend;

        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(c -> Subjects.create(backend, c), QUEUES, 128);
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
            batch = new QueueBatch(this::queue, QUEUES, ready);
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
