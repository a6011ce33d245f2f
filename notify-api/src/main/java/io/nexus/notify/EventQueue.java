package io.nexus.notify;

import io.nexus.notify.spi.Backends;
import io.nexus.notify.spi.Checks;
import java.util.List;

/**
 * A conflating, FIFO readiness queue: many producers notify tokens through its
 * {@link #notifier()}, one consumer drains them through its {@link #poller()}.
 *
 * <p>Queues are made by a backend found with {@link java.util.ServiceLoader}. The backend is
 * chosen by, in order: the name passed to {@link #create(int, String)}; the system property
 * {@value io.nexus.notify.spi.Backends#BACKEND_PROPERTY}; the available backend with the
 * highest priority. Add {@code io.nexus.notify:notify-core} to get the built-in backends.
 *
 * <pre>{@code
 * EventQueue queue = EventQueue.create(1024);
 * queue.notifier().notify(7);              // any producer thread
 * Events events = Events.withCapacity(1024);
 * int n = queue.poller().poll(events);     // the one consumer thread
 * }</pre>
 */
public interface EventQueue {

    /** The largest capacity any queue accepts: 2<sup>30</sup> tokens. */
    int MAX_CAPACITY = 1 << 30;

    /**
     * Creates a queue on the default backend.
     *
     * @param capacity the number of distinct tokens, in {@code [1, MAX_CAPACITY]}
     * @return a new queue with nothing pending
     * @throws IllegalArgumentException if {@code capacity} is out of range, or the system
     *     property names a backend that is unknown or unavailable
     * @throws IllegalStateException    if no backend is on the class path
     */
    static EventQueue create(int capacity) {
        return create(capacity, null);
    }

    /**
     * Creates a queue on the named backend.
     *
     * @param capacity the number of distinct tokens, in {@code [1, MAX_CAPACITY]}
     * @param backend  a name from {@link #availableBackends()}, or {@code null} or blank for the
     *     default
     * @return a new queue with nothing pending
     * @throws IllegalArgumentException if {@code capacity} is out of range, or {@code backend} is
     *     unknown or unavailable (the message lists the available ones)
     * @throws IllegalStateException    if no backend is on the class path
     */
    static EventQueue create(int capacity, String backend) {
        Checks.checkCapacity(capacity);
        return Backends.installed().select(backend).create(capacity);
    }

    /**
     * Creates a single-threaded queue: its notifier and its poller belong to one thread, for
     * an event loop whose producers run on the loop's own thread. The same semantics and
     * exceptions as every backend, with no atomics or fences and no allocation. It is not a
     * backend: {@link #availableBackends()} does not list it, the system property never picks
     * it, and its {@link #backend()} is {@code "local"}. Needs only this module.
     *
     * <p>Confinement is the caller's promise: using it from two threads is undefined (with
     * assertions enabled, a second thread's call fails with {@link AssertionError}).
     *
     * @param capacity the number of distinct tokens, in {@code [1, MAX_CAPACITY]}
     * @return a new queue with nothing pending
     * @throws IllegalArgumentException if {@code capacity} is out of range
     */
    static EventQueue createLocal(int capacity) {
        return new LocalEventQueue(capacity);
    }

    /**
     * Lists the backends usable in this JVM, the one {@link #create(int)} picks first.
     *
     * @return backend names, default first
     */
    static List<String> availableBackends() {
        return Backends.installed().availableNames();
    }

    /**
     * Returns the producer side. Thread-safe; the same instance on every call.
     *
     * @return the notifier
     */
    Notifier notifier();

    /**
     * Returns the consumer side. Use from one thread at a time.
     *
     * @return the poller
     */
    Poller poller();

    /**
     * Returns the number of distinct tokens this queue accepts.
     *
     * @return the capacity; valid token indices are {@code [0, capacity)}
     */
    int capacity();

    /**
     * Returns the name of the backend that made this queue.
     *
     * @return the backend name
     */
    String backend();

    /**
     * Tells whether this queue belongs to one thread, as those from {@link #createLocal(int)}
     * do: its notifier may then be called only from the thread that polls it, so nothing that
     * takes notifies from other threads (a channel, a selector waker) may wrap it. Wrappers
     * answer for the queue they wrap.
     *
     * @return {@code true} for a single-thread queue; {@code false} for every backend's queue
     */
    default boolean isSingleThreaded() {
        return false;
    }
}
