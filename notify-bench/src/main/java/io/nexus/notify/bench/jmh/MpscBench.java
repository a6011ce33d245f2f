package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Multi-producer throughput: producers notify while one consumer polls in a loop (thread group
 * {@code mpsc}); the figure is the producer's time per notify (its secondary result). One
 * thread each by default; {@code -tg 1,N} runs N producers (JMH orders methods by name).
 */
public class MpscBench extends Defaults {

    private static final int SPAN = 1024;
    private static final int MAX_PRODUCERS = 64;

    /** The queue a group shares, and the consumer's batch. */
    @State(Scope.Group)
    public static class Queue extends Subject {
        /**
         * {@code distinct}: each producer cycles through its own 1024 tokens; {@code shared}:
         * all through the same 64, so that they also conflate on each other.
         */
        @Param({"distinct", "shared"})
        public String tokens;

        Notifier notifier;
        Poller poller;
        final Events events = Events.withCapacity(SPAN * MAX_PRODUCERS);
        final AtomicInteger producers = new AtomicInteger();

        /** Builds the queue. */
        @Setup
        public void setUp() {
            final EventQueue queue = queue(SPAN * MAX_PRODUCERS);
            notifier = queue.notifier();
            poller = queue.poller();
        }
    }

    /** One producer's position in its cycle of tokens. */
    @State(Scope.Thread)
    public static class Producer {
        int base;
        int mask;
        int next;

        /**
         * Picks this producer's tokens.
         *
         * @param queue the group's queue
         */
        @Setup
        public void setUp(Queue queue) {
            final boolean distinct = queue.tokens.equals("distinct");
            base = distinct ? (queue.producers.getAndIncrement() % MAX_PRODUCERS) * SPAN : 0;
            mask = distinct ? SPAN - 1 : 63;
        }
    }

    /**
     * {@return the number polled} Polls everything pending.
     *
     * @param queue the group's queue
     */
    @Benchmark
    @Group("mpsc")
    public int consumer(Queue queue) {
        return queue.poller.poll(queue.events);
    }

    /**
     * {@return whether it was newly queued} Notifies the next token of this producer's cycle.
     *
     * @param queue    the group's queue
     * @param producer this producer's cycle
     */
    @Benchmark
    @Group("mpsc")
    public boolean producer(Queue queue, Producer producer) {
        return queue.notifier.notify(producer.base + (producer.next++ & producer.mask));
    }
}
