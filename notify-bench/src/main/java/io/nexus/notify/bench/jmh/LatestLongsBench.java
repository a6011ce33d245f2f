package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.value.LatestLongs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * The primitive tuple slot's steady-state costs: a one-field publish of a token that is
 * already pending (the counterpart of {@code NotifyBench.conflated}), and the consumer's read
 * of a delivered four-field tuple, per token. For the read, the setup publishes every token of
 * a {@value #DELIVERED}-token {@link LatestLongs} once and polls them back into a batch; each
 * invocation reads the tuple of every token of that batch in delivery order (a read does not
 * clear, so no untimed setup is needed); JMH divides by {@value #DELIVERED}.
 */
public class LatestLongsBench extends Subject {

    private static final int CAPACITY = 1024;
    private static final int TOKEN = 1;
    private static final int DELIVERED = 128;

    private LatestLongs pending;
    /** The next value to publish, so that every publish writes a new one. */
    private long next;
    private LatestLongs tuples;
    private final Events delivered = Events.withCapacity(DELIVERED);
    private final long[] tuple = new long[4];

    /** Builds both slots, makes {@link #TOKEN} pending for good, and delivers every tuple. */
    @Setup
    public void setUp() {
        pending = LatestLongs.over(queue(CAPACITY).notifier(), CAPACITY, 1);
        pending.publish(TOKEN, next++);
        final EventQueue queue = queue(DELIVERED);
        tuples = LatestLongs.over(queue.notifier(), DELIVERED, tuple.length);
        for (int t = 0; t < DELIVERED; t++) {
            tuples.publish(t, t, t + 1, t + 2, t + 3);
        }
        if (queue.poller().poll(delivered) != DELIVERED) {
            throw new IllegalStateException("expected " + DELIVERED + " delivered tokens");
        }
    }

    /**
     * Publishes a one-field tuple of a token that is already pending: the sequence lock's
     * write, then the conflated notify.
     *
     * @return {@code false}, consumed so the call is not eliminated
     */
    @Benchmark
    public boolean publishConflated() {
        return pending.publish(TOKEN, next++);
    }

    /**
     * Reads the four-field tuple of every token of a delivered batch.
     *
     * @return the sum of the versions and first fields, consumed so the reads are not
     *     eliminated
     */
    @Benchmark
    @OperationsPerInvocation(DELIVERED)
    public long read() {
        final LatestLongs slots = tuples;
        final Events batch = delivered;
        final long[] into = tuple;
        long sum = 0;
        for (int i = 0, n = batch.size(); i < n; i++) {
            sum += slots.read(batch.index(i), into) + into[0];
        }
        return sum;
    }
}
