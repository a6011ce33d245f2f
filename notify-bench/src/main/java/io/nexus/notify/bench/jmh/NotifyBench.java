package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Notify costs: a conflated notify (the token is already pending), alone and from two threads
 * on one token (the figure is per notify per thread); a new notify alone, timed in batches of
 * {@value #BATCH} idle tokens that an untimed {@code Level.Invocation} setup drains (JMH divides
 * by the batch, so the timer's two clock reads add well under 0.1 ns); a new notify followed by
 * the poll that re-arms it; and a poll of an empty queue.
 */
public class NotifyBench extends Subject {

    static final int BATCH = 1024;
    private static final int TOKEN = 1;

    /** A queue whose {@link #TOKEN} stays pending for the whole trial. */
    private Notifier pending;
    private Notifier notifier;
    private Poller poller;
    private final Events events = Events.withCapacity(BATCH);

    /** Builds both queues and makes {@link #TOKEN} pending for good in the first. */
    @Setup
    public void setUp() {
        pending = queue(BATCH).notifier();
        pending.notify(TOKEN);
        final EventQueue queue = queue(BATCH);
        notifier = queue.notifier();
        poller = queue.poller();
    }

    /** A queue drained, untimed, before each batch of new notifies. */
    public static class Fresh extends Subject {
        Notifier notifier;
        Poller poller;
        final Events events = Events.withCapacity(BATCH);

        /** Builds the queue. */
        @Setup(Level.Trial)
        public void setUp() {
            final EventQueue queue = queue(BATCH);
            notifier = queue.notifier();
            poller = queue.poller();
        }

        /** Drains the queue, untimed, so every token of the next batch is idle. */
        @Setup(Level.Invocation)
        public void drain() {
            poller.poll(events);
        }
    }

    /** A queue both threads share, with {@link #TOKEN} pending for good. */
    @State(Scope.Benchmark)
    public static class Shared extends Subject {
        Notifier notifier;

        /** Builds the queue and makes the token pending. */
        @Setup
        public void setUp() {
            notifier = queue(64).notifier();
            notifier.notify(TOKEN);
        }
    }

    /** {@return false} Notifies a pending token: the conflated path, fenced as it must be. */
    @Benchmark
    public boolean conflated() {
        return pending.notify(TOKEN);
    }

    /**
     * {@return false} Notifies the pending token from each of two threads.
     *
     * @param state the shared queue
     */
    @Benchmark
    @Threads(2)
    public boolean conflatedContended(Shared state) {
        return state.notifier.notify(TOKEN);
    }

    /**
     * {@return how many were queued} Notifies {@value #BATCH} idle tokens in order.
     *
     * @param state the drained queue
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int notifyNew(Fresh state) {
        return notifyAll(state.notifier);
    }

    /** {@return the number polled (1)} Notifies an idle token, then polls it, re-arming it. */
    @Benchmark
    public int newThenPoll() {
        notifier.notify(TOKEN);
        return poller.poll(events);
    }

    /** {@return the number polled (0)} Polls a queue with nothing pending. */
    @Benchmark
    public int pollEmpty() {
        return poller.poll(events);
    }

    /** Notifies tokens {@code [0, BATCH)} in order and returns how many were queued. */
    static int notifyAll(Notifier n) {
        int queued = 0;
        for (int t = 0; t < BATCH; t++) {
            if (n.notify(t)) {
                queued++;
            }
        }
        return queued;
    }
}
