package io.nexus.notify.channel;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link EventQueue} over a real one that lets a test stage the moments a channel's close
 * protocol must survive: code run inside a notify right after the real push, and a notify
 * <em>in flight</em>, one that has claimed its place in the FIFO but not written it yet.
 *
 * <p>A notify in flight is modelled at the head of the FIFO: while one is, a poll finds nothing
 * (a real array queue stops at the unwritten slot, hiding every token behind it) and the strict
 * {@link Poller#isEmpty()} answers {@code false}. Everything else goes to the real queue;
 * {@link #real()} reaches it directly, to play a push that no sender made.
 */
final class ScriptedQueue implements EventQueue {

    private final EventQueue real;
    private final AtomicInteger notifies = new AtomicInteger();
    private final AtomicReference<Stall> nextStall = new AtomicReference<>();
    private final Notifier notifier = new ScriptedNotifier();
    private final Poller poller = new ScriptedPoller();

    private volatile boolean inFlight;
    private volatile Runnable afterPush = () -> { };

    /**
     * Wraps a new queue on the default backend.
     *
     * @param capacity the number of distinct tokens
     */
    ScriptedQueue(int capacity) {
        this.real = EventQueue.create(capacity);
    }

    /**
     * Returns the real queue, whose notifier pushes without any script and is not counted.
     *
     * @return the wrapped queue
     */
    EventQueue real() {
        return real;
    }

    /**
     * Says whether a notify is in flight, for a test that plays one without a thread.
     *
     * @param value {@code true} to hide every token from polls and make the queue non-empty
     */
    void setInFlight(boolean value) {
        inFlight = value;
    }

    /**
     * Sets what every notify through {@link #notifier()} runs after its real push, on the
     * notifying thread.
     *
     * @param script the code to run
     */
    void afterPush(Runnable script) {
        afterPush = script;
    }

    /**
     * Makes the next notify through {@link #notifier()} stall once it has claimed its place:
     * it is in flight until {@link Stall#release()}, then pushes and finishes.
     *
     * @return the handle of the stall
     */
    Stall stallNextNotify() {
        final Stall stall = new Stall();
        nextStall.set(stall);
        return stall;
    }

    /**
     * Counts the notifies that reached this queue through {@link #notifier()}.
     *
     * @return the number of calls, whatever they returned
     */
    int notifies() {
        return notifies.get();
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
        return real.capacity();
    }

    @Override
    public String backend() {
        return "scripted " + real.backend();
    }

    /** A notify held between its claim and its write. */
    static final class Stall {

        private final CountDownLatch claimed = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /**
         * Waits until the stalled notify is in flight; fails if it never gets there.
         *
         * @throws InterruptedException if interrupted while waiting
         */
        void awaitClaimed() throws InterruptedException {
            if (!claimed.await(BackgroundCall.PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("no notify reached the stall");
            }
        }

        /** Lets the stalled notify write its slot and return. */
        void release() {
            released.countDown();
        }

        private void hold() {
            claimed.countDown();
            try {
                if (!released.await(BackgroundCall.PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("the stalled notify was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while stalled", e);
            }
        }
    }

    /** Counts, stalls if asked, pushes to the real queue, then runs the after-push script. */
    private final class ScriptedNotifier implements Notifier {

        @Override
        public boolean notify(int token) {
            notifies.incrementAndGet();
            final Stall stall = nextStall.getAndSet(null);
            if (stall != null) {
                inFlight = true;
                stall.hold();
            }
            final boolean queued = real.notifier().notify(token);
            if (stall != null) {
                // Only now, with the token written, may the queue look empty again.
                inFlight = false;
            }
            afterPush.run();
            return queued;
        }

        @Override
        public int capacity() {
            return real.capacity();
        }
    }

    private final class ScriptedPoller implements Poller {

        @Override
        public int poll(Events events, int limit) {
            if (inFlight) {
                events.clear();
                return 0;
            }
            return real.poller().poll(events, limit);
        }

        @Override
        public boolean isEmpty() {
            return !inFlight && real.poller().isEmpty();
        }

        @Override
        public int capacity() {
            return real.capacity();
        }
    }
}
