package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.value.LatestLongs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * A four-field tuple publish of an idle token: the sequence lock's write, then a new notify,
 * without the poll that re-arms the token. The counterpart of {@link NotifyNewBench}, with the
 * same method: each timed invocation publishes 1024 distinct idle tokens in order, an untimed
 * {@code Level.Invocation} setup drains the queue, JMH divides by 1024.
 */
public class LatestLongsNewBench extends Subject {

    private static final int BATCH = NotifyNewBench.BATCH;

    private LatestLongs tuples;
    private Poller poller;
    private final Events events = Events.withCapacity(BATCH);
    /** The value of the next batch, so that every publish writes new fields. */
    private long next;

    /** Builds the queue and the tuples over it. */
    @Setup(Level.Trial)
    public void setUp() {
        final EventQueue queue = queue(BATCH);
        tuples = LatestLongs.over(queue.notifier(), BATCH, 4);
        poller = queue.poller();
    }

    /** Drains the queue, untimed, so every token of the next batch is idle. */
    @Setup(Level.Invocation)
    public void drain() {
        poller.poll(events);
    }

    /**
     * Publishes a four-field tuple for each of 1024 idle tokens.
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
