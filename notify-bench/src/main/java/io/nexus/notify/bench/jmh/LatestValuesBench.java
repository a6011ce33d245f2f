package io.nexus.notify.bench.jmh;

import io.nexus.notify.bench.peer.LatestValueStore;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.value.TokenValueConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * A latest value's round: publish an existing object for an idle token, then the consumer's
 * drain that polls the token and takes its value. The counterpart of
 * {@code NotifyBench.newThenPoll}, with a value. On a backend the subject is the library's
 * {@code LatestValues} over that backend's queue; on a peer name it is the latest-value peer
 * a user would write instead ({@link Subjects#latestValues}).
 */
public class LatestValuesBench extends Subject implements TokenValueConsumer<Object> {

    private static final int TOKEN = 1;

    private LatestValueStore<Object> values;
    /** The object every round publishes: it exists already, so publishing allocates nothing. */
    private final Object value = new Object();
    /** The last value taken, so that the take is not eliminated. */
    private Object taken;

    /** Builds the subject's latest values. */
    @Setup
    public void setUp() {
        values = Subjects.latestValues(backend, 1024);
    }

    /**
     * Publishes a value for an idle token, then drains it.
     *
     * @return the number of values taken (1), consumed so the calls are not eliminated
     */
    @Benchmark
    public int publishPollTake() {
        values.publish(TOKEN, value);
        return values.drain(this);
    }

    /**
     * Keeps the value taken.
     *
     * @param token the token
     * @param v     its latest value
     */
    @Override
    public void accept(int token, Object v) {
        taken = v;
    }
}
