package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.bench.peer.Subjects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The single-thread queue ({@link EventQueue#createLocal(int)}, subject {@code local}) against
 * the {@code builtin} backend, both notified and polled by the benchmark thread alone. Its
 * subjects are its own ({@code local} cannot run the benchmarks that use two threads), so both
 * figures of each row come from the same run. Method: {@link #notifyNew} as
 * {@link NotifyBench#notifyNew}, {@link #poll128} as {@link PollBench#poll128}.
 */
public class LocalQueueBench extends Defaults {

    /** One queue, drained untimed before each batch of new notifies. */
    @State(Scope.Thread)
    public static class Fresh {
        /** The single-thread queue, or the builtin backend to compare with. */
        @Param({Subjects.LOCAL, "builtin"})
        public String backend;

        Notifier notifier;
        Poller poller;
        final Events events = Events.withCapacity(NotifyBench.BATCH);

        /** Builds the queue. */
        @Setup(Level.Trial)
        public void setUp() {
            final EventQueue queue = Subjects.create(backend, NotifyBench.BATCH);
            notifier = queue.notifier();
            poller = queue.poller();
        }

        /** Drains the queue, untimed, so every token of the next batch is idle. */
        @Setup(Level.Invocation)
        public void drain() {
            poller.poll(events);
        }
    }

    /** Queues of 128 ready tokens, refilled untimed. */
    @State(Scope.Thread)
    public static class Ready {
        /** The single-thread queue, or the builtin backend to compare with. */
        @Param({Subjects.LOCAL, "builtin"})
        public String backend;

        QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, PollBench.QUEUES, 128);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(128);
        }
    }

    /**
     * {@return how many were queued} Notifies 1024 idle tokens in order.
     *
     * @param state the drained queue
     */
    @Benchmark
    @OperationsPerInvocation(NotifyBench.BATCH)
    public int notifyNew(Fresh state) {
        return NotifyBench.notifyAll(state.notifier);
    }

    /**
     * {@return the number polled} Drains 128 ready tokens from each queue of the batch.
     *
     * @param state the refilled queues
     */
    @Benchmark
    @OperationsPerInvocation(PollBench.QUEUES)
    public int poll128(Ready state) {
        return state.batch.pollAll();
    }
}
