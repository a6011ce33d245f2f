package io.nexus.notify.bench.jmh;

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
 * The single-thread queue ({@link EventQueue#createLocal(int)}, subject {@code local}) against
 * the {@code builtin} backend, both notified and polled by the benchmark thread alone. The
 * other queue benchmarks cannot take {@code local}, because several of them notify from one
 * thread and poll from another; this class runs only what one thread does, with its own
 * subjects fixed by the annotation (the runner does not replace them with the backends), so
 * that the two figures of each row come from the same run.
 *
 * <p>Method: the same as the rows they are compared with. {@link #notifyNew} is
 * {@link NotifyNewBench#notifyNew()}: each timed invocation notifies {@value #BATCH} idle tokens,
 * an untimed {@code Level.Invocation} setup drains them. {@link #poll128} is
 * {@link PollReadyBench#poll128}: an untimed setup refills {@value #QUEUES} queues of
 * capacity {@value #READY}, the timed invocation drains each once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LocalQueueBench {

    private static final int BATCH = 1024;
    private static final int READY = 128;
    private static final int QUEUES = 16;

    /** The state for the new notify: one queue of {@value #BATCH} tokens, drained untimed. */
    @State(Scope.Thread)
    public static class Fresh {
        /** The subject: the single-thread queue, or the builtin backend to compare with. */
        @Param({Subjects.LOCAL, "builtin"})
        public String backend;

        private Notifier notifier;
        private Poller poller;
        private Events events;

        /** Builds the queue. */
        @Setup(Level.Trial)
        public void setUp() {
            final EventQueue queue = Subjects.create(backend, BATCH);
            notifier = queue.notifier();
            poller = queue.poller();
            events = Events.withCapacity(BATCH);
        }

        /** Drains the queue, untimed, so every token of the next batch is idle. */
        @Setup(Level.Invocation)
        public void drain() {
            poller.poll(events);
        }
    }

    /** The state for the poll: {@value #QUEUES} queues of {@value #READY}, refilled untimed. */
    @State(Scope.Thread)
    public static class Ready {
        /** The subject: the single-thread queue, or the builtin backend to compare with. */
        @Param({Subjects.LOCAL, "builtin"})
        public String backend;

        private QueueBatch batch;

        /** Builds the queues. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = new QueueBatch(backend, QUEUES, READY);
        }

        /** Makes every token of every queue pending again, untimed. */
        @Setup(Level.Invocation)
        public void refill() {
            batch.notifyFirst(READY);
        }
    }

    /**
     * Notifies {@value #BATCH} idle tokens.
     *
     * @param state the drained queue
     * @return how many were queued, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int notifyNew(Fresh state) {
        final Notifier n = state.notifier;
        int queued = 0;
        for (int t = 0; t < BATCH; t++) {
            if (n.notify(t)) {
                queued++;
            }
        }
        return queued;
    }

    /**
     * Drains {@value #READY} ready tokens from each queue of the batch.
     *
     * @param state the refilled queues
     * @return the number polled, consumed so the calls are not eliminated
     */
    @Benchmark
    @OperationsPerInvocation(QUEUES)
    public int poll128(Ready state) {
        return state.batch.pollAll();
    }
}
