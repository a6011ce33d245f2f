package io.nexus.notify.bench.jmh;

import io.nexus.notify.CountingEventQueue;
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
 * What the opt-in counters cost: a conflated notify and a poll of 8 ready tokens, on a bare
 * queue ({@code counting = off}) and on the same backend wrapped in a
 * {@link CountingEventQueue} ({@code on}), in one run. The poll is measured as in
 * {@link PollReadyBench#poll8}: a batch of queues refilled by an untimed per-invocation setup.
 * Every subject can be wrapped, the peers included, so the rows show the counters' cost over
 * each of them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CountingBench {

    private static final int READY = 8;
    private static final int QUEUES = 32;
    private static final int TOKEN = 3;

    /** A queue with one token kept pending, for the conflated notify. */
    @State(Scope.Thread)
    public static class Conflating {
        /** The backend. */
        @Param("builtin")
        public String backend;

        /** {@code off}: the bare queue; {@code on}: wrapped in a counting queue. */
        @Param({"off", "on"})
        public String counting;

        private Notifier notifier;

        /** Builds the queue and makes the token pending. */
        @Setup(Level.Trial)
        public void setUp() {
            notifier = queue(backend, counting, 64).notifier();
            notifier.notify(TOKEN);
        }
    }

    /** Queues of {@value #READY} tokens each, refilled before every invocation. */
    @State(Scope.Thread)
    public static class Ready {
        /** The backend. */
        @Param("builtin")
        public String backend;

        /** {@code off}: the bare queues; {@code on}: wrapped in counting queues. */
        @Param({"off", "on"})
        public String counting;

        private final Notifier[] notifiers = new Notifier[QUEUES];
        private final Poller[] pollers = new Poller[QUEUES];
        private final Events events = Events.withCapacity(READY);

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            for (int q = 0; q < QUEUES; q++) {
                final EventQueue queue = queue(backend, counting, READY);
                notifiers[q] = queue.notifier();
                pollers[q] = queue.poller();
            }
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            for (Notifier notifier : notifiers) {
                for (int token = 0; token < READY; token++) {
                    notifier.notify(token);
                }
            }
        }
    }

    /**
     * Notifies a token that stays pending.
     *
     * @param state the queue
     * @return the notify's result, consumed
     */
    @Benchmark
    public boolean conflated(Conflating state) {
        return state.notifier.notify(TOKEN);
    }

    /**
     * Drains {@value #READY} ready tokens from each queue.
     *
     * @param state the refilled queues
     * @return the number polled, consumed
     */
    @Benchmark
    @OperationsPerInvocation(QUEUES)
    public int poll8(Ready state) {
        int moved = 0;
        for (Poller poller : state.pollers) {
            moved += poller.poll(state.events, READY);
        }
        return moved;
    }

    private static EventQueue queue(String backend, String counting, int capacity) {
        final EventQueue queue = Subjects.create(backend, capacity);
        switch (counting) {
            case "off":
                return queue;
            case "on":
                return CountingEventQueue.over(queue);
            default:
                throw new IllegalArgumentException("counting must be off or on, was " + counting);
        }
    }
}
