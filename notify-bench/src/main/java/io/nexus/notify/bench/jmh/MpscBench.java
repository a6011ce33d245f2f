package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Multi-producer throughput: producers notify while one consumer polls in a loop; the figure
 * is the producer's time per notify (its {@code *Producer} secondary result). {@code distinct}:
 * each producer cycles through its own {@value #SPAN} tokens; {@code shared}: all through the
 * same {@value #SHARED}. One producer per group; {@code -tg 1,N} runs N.
 */
public class MpscBench extends Defaults {

    static final int SPAN = 1024;
    static final int SHARED = 64;
    private static final int MAX_PRODUCERS = 64;

    /** The queue a group shares. */
    @State(Scope.Group)
    public static class Queue extends Subject {
        Notifier notifier;
        Poller poller;
        final AtomicInteger producers = new AtomicInteger();

        /** Builds the queue. */
        @Setup
        public void setUp() {
            final EventQueue queue = queue(SPAN * MAX_PRODUCERS);
            notifier = queue.notifier();
            poller = queue.poller();
        }
    }

    /** One producer's position in its token cycle. */
    @State(Scope.Thread)
    public static class Producer {
        int base;
        int next;

        /**
         * Picks this producer's own token range.
         *
         * @param queue the group's queue
         */
        @Setup
        public void setUp(Queue queue) {
            base = (queue.producers.getAndIncrement() % MAX_PRODUCERS) * SPAN;
        }
    }

    /** The consumer's reusable buffer. */
    @State(Scope.Thread)
    public static class Consumer {
        final Events events = Events.withCapacity(SPAN * MAX_PRODUCERS);
    }

    /**
     * {@return the number polled} Polls everything pending.
     *
     * @param queue    the group's queue
     * @param consumer the consumer's buffer
     */
    @Benchmark
    @Group("distinct")
    @GroupThreads(1)
    public int distinctConsumer(Queue queue, Consumer consumer) {
        return queue.poller.poll(consumer.events);
    }

    /**
     * {@return whether it was newly queued} Notifies the next of this producer's own tokens.
     *
     * @param queue    the group's queue
     * @param producer this producer's cycle
     */
    @Benchmark
    @Group("distinct")
    @GroupThreads(1)
    public boolean distinctProducer(Queue queue, Producer producer) {
        return queue.notifier.notify(producer.base + (producer.next++ & (SPAN - 1)));
    }

    /**
     * {@return the number polled} Polls everything pending.
     *
     * @param queue    the group's queue
     * @param consumer the consumer's buffer
     */
    @Benchmark
    @Group("shared")
    @GroupThreads(1)
    public int sharedConsumer(Queue queue, Consumer consumer) {
        return queue.poller.poll(consumer.events);
    }

    /**
     * {@return whether it was newly queued} Notifies the next of the tokens all producers share.
     *
     * @param queue    the group's queue
     * @param producer this producer's cycle
     */
    @Benchmark
    @Group("shared")
    @GroupThreads(1)
    public boolean sharedProducer(Queue queue, Producer producer) {
        return queue.notifier.notify(producer.next++ & (SHARED - 1));
    }
}
