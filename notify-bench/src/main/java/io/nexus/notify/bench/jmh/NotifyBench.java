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
import org.openjdk.jmh.annotations.Threads;

/**
 * Notify costs: conflated (the token already pending), bare, counted and from two threads; new,
 * in batches of {@value #BATCH} that an untimed setup drains (JMH divides by the batch), also on
 * the single-thread queue ({@code local}), and followed by the poll that re-arms it; empty polls.
 */
public class NotifyBench extends Defaults {

    static final int BATCH = 1024;
    private static final int TOKEN = 1;

    /** A queue whose {@link #TOKEN} stays pending for the whole trial. */
    public static class Pending extends Subject {
        /** {@code off}: the bare queue; {@code on}: wrapped in a counting queue. */
        @Param({"off", "on"})
        public String counting;

        Notifier notifier;

        /** Builds the queue and makes the token pending. */
        @Setup
        public void setUp() {
            notifier = queue(BATCH, counting).notifier();
            notifier.notify(TOKEN);
        }
    }

    /** A queue both threads share, with {@link #TOKEN} pending for good. */
    @State(Scope.Benchmark)
    public static class Shared extends Subject {
        Notifier notifier;

        /** Builds the queue and makes the token pending. */
        @Setup
        public void setUp() {
            notifier = queue(64).notifier();
            notifier.notify(TOKEN);
        }
    }

    /** An empty queue. */
    public static class Idle extends Subject {
        Notifier notifier;
        Poller poller;
        final Events events = Events.withCapacity(BATCH);

        /** Builds the queue. */
        @Setup
        public void setUp() {
            final EventQueue queue = queue(BATCH);
            notifier = queue.notifier();
            poller = queue.poller();
        }
    }

    /** A queue drained, untimed, before each batch of new notifies. */
    @State(Scope.Thread)
    public static class Fresh {
        /** Every backend, both peers, and the single-thread queue: this runs on one thread. */
        @Param({"builtin", "jctools", "agrona", Subjects.JDK_PEER, Subjects.JCTOOLS_PEER,
            Subjects.LOCAL})
        public String backend;

        Notifier notifier;
        Poller poller;
        final Events events = Events.withCapacity(BATCH);

        /** Builds the queue. */
        @Setup(Level.Trial)
        public void setUp() {
            final EventQueue queue = Subjects.create(backend, BATCH);
            notifier = queue.notifier();
            poller = queue.poller();
        }

        /** Drains the queue, untimed, so every token of the next batch is idle. */
        @Setup(Level.Invocation)
        public void drain() {
            poller.poll(events);
        }
    }

    /**
     * {@return false} Notifies a pending token: the conflated path, fenced as it must be.
     *
     * @param state the queue
     */
    @Benchmark
    public boolean conflated(Pending state) {
        return state.notifier.notify(TOKEN);
    }

    /**
     * {@return false} Notifies the pending token from each of two threads.
     *
     * @param state the shared queue
     */
    @Benchmark
    @Threads(2)
    public boolean conflatedContended(Shared state) {
        return state.notifier.notify(TOKEN);
    }

    /**
     * {@return how many were queued} Notifies {@value #BATCH} idle tokens in order.
     *
     * @param state the drained queue
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
     * {@return the number polled (1)} Notifies an idle token, then polls it, re-arming it.
     *
     * @param state the queue
     */
    @Benchmark
    public int newThenPoll(Idle state) {
        state.notifier.notify(TOKEN);
        return state.poller.poll(state.events);
    }

    /**
     * {@return the number polled (0)} Polls a queue with nothing pending.
     *
     * @param state the queue
     */
    @Benchmark
    public int pollEmpty(Idle state) {
        return state.poller.poll(state.events);
    }
}
