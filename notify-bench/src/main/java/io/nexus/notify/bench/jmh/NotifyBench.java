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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-threaded notify costs: a conflated notify (the token is already pending), a new
 * notify followed by the poll that re-arms it, and a poll of an empty queue.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NotifyBench {

    private static final int CAPACITY = 1024;
    private static final int TOKEN = 1;

    /** The subject: a backend name or a peer name. */
    @Param("builtin")
    public String backend;

    /** A queue whose {@link #TOKEN} stays pending for the whole trial. */
    private Notifier pendingNotifier;
    /** A queue that is empty between calls. */
    private Notifier notifier;
    private Poller poller;
    private Events events;

    /** Builds both queues and makes {@link #TOKEN} pending for good in the first. */
    @Setup
    public void setUp() {
        final EventQueue pendingQueue = Subjects.create(backend, CAPACITY);
        pendingNotifier = pendingQueue.notifier();
        pendingNotifier.notify(TOKEN);
        final EventQueue queue = Subjects.create(backend, CAPACITY);
        notifier = queue.notifier();
        poller = queue.poller();
        events = Events.withCapacity(CAPACITY);
    }

    /**
     * Notifies a token that is already pending: the conflated path, fenced as the contract needs.
     *
     * @return {@code false}, consumed so the call is not eliminated
     */
    @Benchmark
    public boolean conflated() {
        return pendingNotifier.notify(TOKEN);
    }

    /**
     * Notifies a token that is not pending, then polls it back, which re-arms it.
     *
     * @return the number polled (1), consumed so the call is not eliminated
     */
    @Benchmark
    public int newThenPoll() {
        notifier.notify(TOKEN);
        return poller.poll(events);
    }

    /**
     * Polls a queue with nothing pending.
     *
     * @return the number polled (0), consumed so the call is not eliminated
     */
    @Benchmark
    public int pollEmpty() {
        return poller.poll(events);
    }
}
