package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Single-threaded notify costs: a conflated notify (the token is already pending), a new
 * notify followed by the poll that re-arms it, and a poll of an empty queue.
 */
public class NotifyBench extends Subject {

    private static final int CAPACITY = 1024;
    private static final int TOKEN = 1;

    /** A queue whose {@link #TOKEN} stays pending for the whole trial. */
    private Notifier pendingNotifier;
    private Notifier notifier;
    private Poller poller;
    private final Events events = Events.withCapacity(CAPACITY);

    /** Builds both queues and makes {@link #TOKEN} pending for good in the first. */
    @Setup
    public void setUp() {
        pendingNotifier = queue(CAPACITY).notifier();
        pendingNotifier.notify(TOKEN);
        final EventQueue queue = queue(CAPACITY);
        notifier = queue.notifier();
        poller = queue.poller();
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
