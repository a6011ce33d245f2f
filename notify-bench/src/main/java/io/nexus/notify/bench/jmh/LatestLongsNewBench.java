package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.value.LatestLongs;
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
 * A four-field tuple publish of an idle token: the sequence lock's write, then a new notify,
 * without the poll that re-arms the token. The counterpart of {@code NotifyNewBench}, with the
 * same method: each timed invocation publishes {@value #BATCH} distinct idle tokens in order;
 * an untimed {@code Level.Invocation} setup then drains the queue so the next batch is new
 * again; JMH divides by {@value #BATCH}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LatestLongsNewBench {

    private static final int BATCH = 1024;
    private static final int WIDTH = 4;

    /** The subject: a backend name or a peer name. */
    @Param("builtin")
    public String backend;

    private LatestLongs tuples;
    private Poller poller;
    private Events events;
    /** The value of the next batch, so that every publish writes new fields. */
    private long next;

    /** Builds the queue and the tuples over it. */
    @Setup(Level.Trial)
    public void setUp() {
        final EventQueue queue = Subjects.create(backend, BATCH);
        tuples = LatestLongs.over(queue.notifier(), BATCH, WIDTH);
        poller = queue.poller();
        events = Events.withCapacity(BATCH);
    }

    /** Drains the queue, untimed, so every token of the next batch is idle. */
    @Setup(Level.Invocation)
    public void drain() {
        poller.poll(events);
    }

    /**
     * Publishes a four-field tuple for each of {@value #BATCH} idle tokens.
     *
     * @return how many were queued, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int publishNew() {
        final LatestLongs slots = tuples;
        final long v = next++;
        int queued = 0;
        for (int t = 0; t < BATCH; t++) {
            if (slots.publish(t, v, v + 1, v + 2, t)) {
                queued++;
            }
        }
        return queued;
    }
}
