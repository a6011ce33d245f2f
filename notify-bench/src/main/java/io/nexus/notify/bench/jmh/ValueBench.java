package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.value.LatestLongs;
import io.nexus.notify.value.LatestValues;
import io.nexus.notify.value.TokenValueConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * The value layer over each subject, counterparts of the queue benchmarks: {@link LatestLongs}
 * published and read (every token of {@value #DELIVERED} delivered once; a read does not
 * clear), and a {@link LatestValues} value published, polled and taken.
 */
public class ValueBench extends Subject implements TokenValueConsumer<Object> {

    private static final int TOKEN = 1;
    private static final int DELIVERED = 128;

    private LatestLongs pending;
    /** The next value to publish, so that every publish writes a new one. */
    private long next;
    private LatestLongs tuples;
    private final Events delivered = Events.withCapacity(DELIVERED);
    private final long[] tuple = new long[4];
    private LatestValues<Object> values;
    private Poller valuesPoller;
    private final Events valueEvents = Events.withCapacity(1024);
    /** The object every round publishes: it exists already, so publishing allocates nothing. */
    private final Object value = new Object();
    /** The last value taken, so that the take is not eliminated. */
    private Object taken;

    /** Builds one-field tuples with a token pending, delivered four-field tuples, values. */
    @Setup
    public void setUp() {
        pending = LatestLongs.over(queue(1024).notifier(), 1024, 1);
        pending.publish(TOKEN, next++);
        final EventQueue queue = queue(DELIVERED);
        tuples = LatestLongs.over(queue.notifier(), DELIVERED, tuple.length);
        for (int t = 0; t < DELIVERED; t++) {
            tuples.publish(t, t, t + 1, t + 2, t + 3);
        }
        if (queue.poller().poll(delivered) != DELIVERED) {
            throw new IllegalStateException("expected " + DELIVERED + " delivered tokens");
        }
        final EventQueue valuesQueue = queue(1024);
        values = LatestValues.over(valuesQueue.notifier(), 1024);
        valuesPoller = valuesQueue.poller();
    }

    /** Four-field tuples over a queue drained, untimed, before each batch of publishes. */
    public static class Fresh extends Subject {
        LatestLongs tuples;
        Poller poller;
        final Events events = Events.withCapacity(NotifyBench.BATCH);
        long next;

        /** Builds the queue and the tuples over it. */
        @Setup(Level.Trial)
        public void setUp() {
            final EventQueue queue = queue(NotifyBench.BATCH);
            tuples = LatestLongs.over(queue.notifier(), NotifyBench.BATCH, 4);
            poller = queue.poller();
        }

        /** Drains the queue, untimed, so every token of the next batch is idle. */
        @Setup(Level.Invocation)
        public void drain() {
            poller.poll(events);
        }
    }

    /** {@return false} Publishes one field of a pending token: sequence lock, conflated notify. */
    @Benchmark
    public boolean publishConflated() {
        return pending.publish(TOKEN, next++);
    }

    /**
     * {@return how many were queued} Publishes four fields for each of 1024 idle tokens, as
     * {@link NotifyBench#notifyNew}.
     *
     * @param state the drained tuples
     */
    @Benchmark
    @OperationsPerInvocation(NotifyBench.BATCH)
    public int publishNew(Fresh state) {
        final LatestLongs slots = state.tuples;
        final long v = state.next++;
        int queued = 0;
        for (int t = 0; t < NotifyBench.BATCH; t++) {
            if (slots.publish(t, v, v + 1, v + 2, t)) {
                queued++;
            }
        }
        return queued;
    }

    /** {@return a sum of versions and fields} Reads the four fields of each delivered token. */
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

    /** {@return the values taken (1)} Publishes a value for an idle token, then drains it. */
    @Benchmark
    public int publishPollTake() {
        values.publish(TOKEN, value);
        valuesPoller.poll(valueEvents);
        return values.takeEach(valueEvents, this);
    }

    @Override
    public void accept(int token, Object v) {
        taken = v;
    }
}
