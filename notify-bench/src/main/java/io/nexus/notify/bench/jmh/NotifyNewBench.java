package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * A new notify alone, without the poll that re-arms its token. Each timed invocation
 * notifies {@value #BATCH} distinct idle tokens in order; an untimed {@code Level.Invocation}
 * setup then drains the queue so the next batch is new again. JMH divides by {@value #BATCH},
 * so the timer's two clock reads per invocation add well under 0.1 ns.
 */
public class NotifyNewBench extends Subject {

    static final int BATCH = 1024;

    private Notifier notifier;
    private Poller poller;
    private final Events events = Events.withCapacity(BATCH);

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

    /**
     * Notifies {@value #BATCH} idle tokens.
     *
     * @return how many were queued, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int notifyNew() {
        return notifyAll(notifier);
    }

    /**
     * Notifies tokens {@code [0, BATCH)} in order.
     *
     * @param n the notifier
     * @return how many were queued
     */
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
