package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.value.LatestLongs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The primitive tuple slot's steady-state costs: a one-field publish of a token that is
 * already pending (the counterpart of {@code NotifyBench.conflated}), and the consumer's read
 * of a delivered four-field tuple (the counterpart of a poll's cost per token).
 *
 * <p>Method for the read: the setup publishes every token of a {@value #DELIVERED}-token
 * {@link LatestLongs} once and polls them back into a batch, as a consumer would receive
 * them; each invocation reads the tuple of every token of that batch, in delivery order. JMH
 * divides by {@value #DELIVERED}. A read does not clear, so the batch can be read again
 * without any untimed setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LatestLongsBench {

    private static final int CAPACITY = 1024;
    private static final int TOKEN = 1;
    private static final int DELIVERED = 128;
    private static final int WIDTH = 4;

    /** The subject: a backend name or a peer name. */
    @Param("builtin")
    public String backend;

    /** One-field tuples whose {@link #TOKEN} stays pending for the whole trial. */
    private LatestLongs pending;
    /** The next value to publish, so that every publish writes a new one. */
    private long next;

    /** Four-field tuples, every token written once and delivered. */
    private LatestLongs tuples;
    /** The batch that delivered them. */
    private Events delivered;
    /** Where a read copies a tuple. */
    private final long[] tuple = new long[WIDTH];

    /** Builds both slots, makes {@link #TOKEN} pending for good, and delivers every tuple. */
    @Setup
    public void setUp() {
        pending = LatestLongs.over(Subjects.create(backend, CAPACITY).notifier(), CAPACITY, 1);
        pending.publish(TOKEN, next++);

        final EventQueue queue = Subjects.create(backend, DELIVERED);
        tuples = LatestLongs.over(queue.notifier(), DELIVERED, WIDTH);
        for (int t = 0; t < DELIVERED; t++) {
            tuples.publish(t, t, t + 1, t + 2, t + 3);
        }
        delivered = Events.withCapacity(DELIVERED);
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
