package io.nexus.notify.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@code poll(events, 32)} with 64 or 4096 tokens ready: the cost must depend on the limit,
 * not on the backlog. An untimed {@code Level.Invocation} setup notifies again the 32 tokens
 * each queue's last poll returned, so the backlog stays constant; each invocation polls a
 * batch of queues and JMH divides by the batch.
 */
public class PollLimitBench extends Subject {

    private static final int LIMIT = 32;
    private static final int QUEUES = 16;

    /** How many tokens are pending before each poll. */
    @Param({"64", "4096"})
    public int ready;

    private QueueBatch batch;

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

    /**
     * Polls at most {@value #LIMIT} tokens from each queue of the batch.
     *
     * @return the number polled, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(QUEUES)
    public int pollLimit32() {
        return batch.pollAll(LIMIT);
    }
}
