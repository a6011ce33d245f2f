package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.bench.peer.Subjects;
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
 * A new notify alone, without the poll that re-arms its token.
 *
 * <p>Method: each timed invocation notifies {@value #BATCH} distinct idle tokens in order
 * (every one a new notification that is queued); an untimed {@code Level.Invocation} setup
 * then drains the queue so the next batch is new again. JMH divides the batch time by
 * {@value #BATCH}, so the timer's cost (two clock reads per invocation) adds well under
 * 0.1 ns to the figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NotifyNewBench {

    private static final int BATCH = 1024;

    /** The subject: a backend name or a peer name. */
    @Param("builtin")
    public String backend;

    private Notifier notifier;
    private Poller poller;
    private Events events;

    /** Builds the queue. */
    @Setup(Level.Trial)
    public void setUp() {
        final EventQueue queue = Subjects.create(backend, BATCH);
        notifier = queue.notifier();
        poller = queue.poller();
        events = Events.withCapacity(BATCH);
    }

    /** Drains the queue, untimed, so every token of the next batch is idle. */
    @Setup(Level.Invocation)
    public void drain() {
        poller.poll(events);
    }

    /**
     * Notifies {@value #BATCH} idle tokens.
     *
     * @return how many were queued, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int notifyNew() {
        final Notifier n = notifier;
        int queued = 0;
        for (int t = 0; t < BATCH; t++) {
            if (n.notify(t)) {
                queued++;
            }
        }
        return queued;
    }
}
