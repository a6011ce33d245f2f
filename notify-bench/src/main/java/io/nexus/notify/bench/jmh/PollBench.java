package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.bench.peer.Subjects;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Polls of ready tokens, fence included, each invocation polling a batch of queues refilled
 * untimed ({@code Level.Invocation}; JMH divides by the batch): queues of exactly 8 (bare and
 * counted) or 128 (also {@code local}) drained, and {@code poll(events, 32)} of 64 or 4096.
 */
public class PollBench extends Defaults {

    static final int QUEUES = 16;

    /** 32 queues of 8 ready tokens, bare or counted. */
    public static class Ready8 extends Subject {
        /** {@code off}: the bare queues; {@code on}: wrapped in counting queues. */
        @Param({"off", "on"})
        public String counting;

        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(c -> queue(c, counting), 2 * QUEUES, 8);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(8);
        }
    }

    /** 16 queues of 128 ready tokens. */
    @State(Scope.Thread)
    public static class Ready128 {
        /** Every backend, both peers, and the single-thread queue: this runs on one thread. */
        @Param({"builtin", "jctools", "agrona", Subjects.JDK_PEER, Subjects.JCTOOLS_PEER,
            Subjects.LOCAL})
        public String backend;

        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(c -> Subjects.create(backend, c), QUEUES, 128);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(128);
        }
    }

    /** 16 queues with a constant backlog. */
    public static class Backlog extends Subject {
        /** How many tokens are pending before each poll. */
        @Param({"64", "4096"})
        public int ready;

        QueueBatch batch;

        /** Builds the queues and makes {@code ready} tokens pending in each. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(this::queue, QUEUES, ready);
            batch.notifyFirst(ready);
        }

        /** Puts back, untimed, the tokens the last poll took out. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.renotifyPolled();
        }
    }

    /**
     * {@return the number polled} Drains 8 ready tokens from each queue of the batch.
     *
     * @param state the refilled queues
     */
    @Benchmark
    @OperationsPerInvocation(2 * QUEUES)
    public int poll8(Ready8 state) {
        return state.batch.pollAll();
    }

    /**
     * {@return the number polled} Drains 128 ready tokens from each queue of the batch.
     *
     * @param state the refilled queues
     */
    @Benchmark
    @OperationsPerInvocation(QUEUES)
    public int poll128(Ready128 state) {
        return state.batch.pollAll();
    }

    /**
     * {@return the number polled} Polls at most 32 tokens from each queue of the batch.
     *
     * @param state the queues with their backlog
     */
    @Benchmark
    @OperationsPerInvocation(QUEUES)
    public int pollLimit32(Backlog state) {
        return state.batch.pollAll(32);
    }

    /**
     * Several queues, each with its own {@link Events}, so that a benchmark can refill them
     * untimed and then time one poll of each in a single invocation.
     */
    static final class QueueBatch {
        private final Notifier[] notifiers;
        private final Poller[] pollers;
        private final Events[] events;

        /** Builds {@code queues} queues of {@code capacity} tokens with {@code factory}. */
        QueueBatch(IntFunction<EventQueue> factory, int queues, int capacity) {
            notifiers = new Notifier[queues];
            pollers = new Poller[queues];
            events = new Events[queues];
            for (int q = 0; q < queues; q++) {
                final EventQueue queue = factory.apply(capacity);
                notifiers[q] = queue.notifier();
                pollers[q] = queue.poller();
                events[q] = Events.withCapacity(capacity);
            }
        }

        /** Makes tokens {@code [0, count)} pending in every queue, in order. */
        void notifyFirst(int count) {
            for (Notifier n : notifiers) {
                for (int t = 0; t < count; t++) {
                    n.notify(t);
                }
            }
        }

        /** Notifies again in each queue the tokens its last poll returned (same FIFO rotation). */
        void renotifyPolled() {
            for (int q = 0; q < notifiers.length; q++) {
                for (int i = 0, size = events[q].size(); i < size; i++) {
                    notifiers[q].notify(events[q].index(i));
                }
            }
        }

        /** Polls every queue once, draining it, and returns the total polled. */
        int pollAll() {
            int total = 0;
            for (int q = 0; q < pollers.length; q++) {
                total += pollers[q].poll(events[q]);
            }
            return total;
        }

        /** Polls every queue once with a limit and returns the total polled. */
        int pollAll(int limit) {
            int total = 0;
            for (int q = 0; q < pollers.length; q++) {
                total += pollers[q].poll(events[q], limit);
            }
            return total;
        }
    }
}
