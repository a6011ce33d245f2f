package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.bench.peer.Subjects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Multi-producer throughput: producer threads notify while one consumer thread polls in a
 * loop. In group {@code distinct} each producer cycles through its own {@value #SPAN} tokens;
 * in group {@code shared} all producers cycle through the same {@value #SHARED} tokens, so
 * they also conflate on each other. The figure of interest is the producer's time per notify
 * (the {@code *Producer} secondary result). The runner sets the number of producers to
 * 1..cores&minus;1 with JMH's thread-group option; the consumer comes first in each group
 * because JMH orders a group's methods by name.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MpscBench {

    /** Tokens per producer in the distinct case; a power of two. */
    static final int SPAN = 1024;
    /** Tokens shared by all producers in the shared case; a power of two. */
    static final int SHARED = 64;
    /** The most producers a queue is sized for. */
    private static final int MAX_PRODUCERS = 64;

    /** The queue a group shares. */
    @State(Scope.Group)
    public static class Queue {
        /** The subject: a backend name or a peer name. */
        @Param("builtin")
        public String backend;

        private Notifier notifier;
        private Poller poller;
        private final AtomicInteger producers = new AtomicInteger();

        /** Builds the queue. */
        @Setup
        public void setUp() {
            final EventQueue queue = Subjects.create(backend, SPAN * MAX_PRODUCERS);
            notifier = queue.notifier();
            poller = queue.poller();
        }
    }

    /** One producer's position in its token cycle. */
    @State(Scope.Thread)
    public static class Producer {
        private int base;
        private int next;

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
        private final Events events = Events.withCapacity(SPAN * MAX_PRODUCERS);
    }

    /**
     * Polls everything pending.
     *
     * @param queue    the group's queue
     * @param consumer the consumer's buffer
     * @return the number polled, consumed so the call is not eliminated
     */
    @Benchmark
    @Group("distinct")
    @GroupThreads(1)
    public int distinctConsumer(Queue queue, Consumer consumer) {
        return queue.poller.poll(consumer.events);
    }

    /**
     * Notifies the next of this producer's own tokens.
     *
     * @param queue    the group's queue
     * @param producer this producer's cycle
     * @return whether the token was newly queued, consumed so the call is not eliminated
     */
    @Benchmark
    @Group("distinct")
    @GroupThreads(1)
    public boolean distinctProducer(Queue queue, Producer producer) {
        return queue.notifier.notify(producer.base + (producer.next++ & (SPAN - 1)));
    }

    /**
     * Polls everything pending.
     *
     * @param queue    the group's queue
     * @param consumer the consumer's buffer
     * @return the number polled, consumed so the call is not eliminated
     */
    @Benchmark
    @Group("shared")
    @GroupThreads(1)
    public int sharedConsumer(Queue queue, Consumer consumer) {
        return queue.poller.poll(consumer.events);
    }

    /**
     * Notifies the next of the tokens all producers share.
     *
     * @param queue    the group's queue
     * @param producer this producer's cycle
     * @return whether the token was newly queued, consumed so the call is not eliminated
     */
    @Benchmark
    @Group("shared")
    @GroupThreads(1)
    public boolean sharedProducer(Queue queue, Producer producer) {
        return queue.notifier.notify(producer.next++ & (SHARED - 1));
    }
}
