package io.nexus.notify;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Opt-in counters around any queue: notifies (new and conflated), polls, empty polls and
 * tokens delivered, read at any time from any thread with {@link #counters()}.
 *
 * <pre>{@code
 * CountingEventQueue queue = CountingEventQueue.over(EventQueue.create(1024));
 * queue.notifier().notify(7);
 * queue.notifier().notify(7);                              // conflated
 * queue.poller().poll(events);
 * QueueCounters counters = queue.counters();              // 1 new, 1 conflated, 1 delivered
 * }</pre>
 *
 * <p>A queue that is not wrapped counts nothing and pays nothing: the counters live only here.
 * Wrapped, a notify pays a {@link LongAdder} increment (a compare-and-set on an uncontended
 * cell; contended producers spread over cells) and a poll two or three plain stores. Wrap the
 * queue before handing out its notifier and poller; a channel made over the wrapper
 * ({@code EventChannel.over(queue)}) counts what goes through its sender and receiver.
 *
 * <p>The counting notifier keeps the {@link Notifier} contract: it returns what the wrapped
 * notify returned, after the wrapped notify's own claim.
 */
public final class CountingEventQueue implements EventQueue {

    private final EventQueue queue;
    private final Notifier notifier;
    private final CountingPoller poller;
    private final LongAdder newlyPending = new LongAdder();
    private final LongAdder conflated = new LongAdder();

    private CountingEventQueue(EventQueue queue) {
        this.queue = queue;
        this.notifier = new CountingNotifier(queue.notifier(), newlyPending, conflated);
        this.poller = new CountingPoller(queue.poller());
    }

    /**
     * Wraps a queue with counters, all at zero.
     *
     * @param queue the queue, of any backend; use it only through the wrapper from now on
     * @return the counting queue
     * @throws NullPointerException if {@code queue} is null
     */
    public static CountingEventQueue over(EventQueue queue) {
        return new CountingEventQueue(Objects.requireNonNull(queue, "queue"));
    }

    /**
     * Returns what has been counted so far. Callable from any thread.
     *
     * @return a snapshot of the counters
     */
    public QueueCounters counters() {
        return new QueueCounters(newlyPending.sum(), conflated.sum(), poller.polls(),
            poller.emptyPolls(), poller.delivered());
    }

    @Override
    public Notifier notifier() {
        return notifier;
    }

    @Override
    public Poller poller() {
        return poller;
    }

    @Override
    public int capacity() {
        return queue.capacity();
    }

    /**
     * Returns the wrapped queue's backend.
     *
     * @return the backend name
     */
    @Override
    public String backend() {
        return queue.backend();
    }

    /**
     * Tells whether the wrapped queue belongs to one thread.
     *
     * @return the wrapped queue's answer
     */
    @Override
    public boolean isSingleThreaded() {
        return queue.isSingleThreaded();
    }

    /**
     * Describes the queue.
     *
     * @return the wrapped queue's description and the counters
     */
    @Override
    public String toString() {
        return "Counting[" + queue + ", " + counters() + "]";
    }

    /** Counts each notify by its result. */
    private static final class CountingNotifier implements Notifier {
        private final Notifier notifier;
        private final LongAdder newlyPending;
        private final LongAdder conflated;

        CountingNotifier(Notifier notifier, LongAdder newlyPending, LongAdder conflated) {
            this.notifier = notifier;
            this.newlyPending = newlyPending;
            this.conflated = conflated;
        }

        @Override
        public boolean notify(int token) {
            final boolean queued = notifier.notify(token);
            (queued ? newlyPending : conflated).increment();
            return queued;
        }

        @Override
        public int capacity() {
            return notifier.capacity();
        }
    }

    /**
     * Counts each poll. Only the consumer writes the counters, so a plain read-increment-write
     * is enough; the write is opaque so that other threads reading {@link #counters()} see
     * whole values that never go back.
     */
    private static final class CountingPoller implements Poller {
        private static final VarHandle POLLS;
        private static final VarHandle EMPTY_POLLS;
        private static final VarHandle DELIVERED;

        static {
            try {
                final MethodHandles.Lookup lookup = MethodHandles.lookup();
                POLLS = lookup.findVarHandle(CountingPoller.class, "polls", long.class);
                EMPTY_POLLS = lookup.findVarHandle(CountingPoller.class, "emptyPolls", long.class);
                DELIVERED = lookup.findVarHandle(CountingPoller.class, "delivered", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Poller poller;
        private long polls;
        private long emptyPolls;
        private long delivered;

        CountingPoller(Poller poller) {
            this.poller = poller;
        }

        @Override
        public int poll(Events events, int limit) {
            final int moved = poller.poll(events, limit);
            POLLS.setOpaque(this, polls + 1);
            if (moved == 0) {
                EMPTY_POLLS.setOpaque(this, emptyPolls + 1);
            } else {
                DELIVERED.setOpaque(this, delivered + moved);
            }
            return moved;
        }

        @Override
        public boolean isEmpty() {
            return poller.isEmpty();
        }

        @Override
        public int capacity() {
            return poller.capacity();
        }

        long polls() {
            return (long) POLLS.getOpaque(this);
        }

        long emptyPolls() {
            return (long) EMPTY_POLLS.getOpaque(this);
        }

        long delivered() {
            return (long) DELIVERED.getOpaque(this);
        }
    }
}
