package io.nexus.notify.internal;

import io.nexus.notify.EventQueue;

/**
 * Argument checks shared by the built-in modules, so that all of them reject bad input with
 * the same exception and message. Not public API: the module exports this package only to
 * {@code io.nexus.notify.core}, {@code io.nexus.notify.channel} and
 * {@code io.nexus.notify.value}. The throwing paths are kept out of line so that the checks
 * cost one compare on hot paths.
 */
public final class Checks {

    /** The backend name of the single-thread queues {@link EventQueue#createLocal} makes. */
    public static final String LOCAL_BACKEND = "local";

    private Checks() {
    }

    /**
     * Tells whether a queue is a single-thread one from {@link EventQueue#createLocal}, which
     * nothing that takes notifies from other threads may wrap.
     *
     * @param queue the queue
     * @return {@code true} if its notifier and poller belong to one thread
     */
    public static boolean isSingleThreaded(EventQueue queue) {
        return LOCAL_BACKEND.equals(queue.backend());
    }

    /**
     * Checks a queue capacity.
     *
     * @param capacity the requested capacity
     * @return {@code capacity}
     * @throws IllegalArgumentException if it is not in {@code [1, EventQueue.MAX_CAPACITY]}
     */
    public static int checkCapacity(int capacity) {
        if (capacity < 1 || capacity > EventQueue.MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be in [1, " + EventQueue.MAX_CAPACITY
                + "], was " + capacity);
        }
        return capacity;
    }

    /**
     * Checks a poll limit.
     *
     * @param limit the requested limit
     * @return {@code limit}
     * @throws IllegalArgumentException if it is negative
     */
    public static int checkLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        return limit;
    }

    /**
     * Builds the exception for a token index outside {@code [0, capacity)}. Callers test the
     * range themselves (one unsigned compare) and throw what this returns.
     *
     * @param tokenIndex the bad index
     * @param capacity   the queue's capacity
     * @return the exception to throw
     */
    public static IndexOutOfBoundsException tokenOutOfRange(int tokenIndex, int capacity) {
        return new IndexOutOfBoundsException("token index " + tokenIndex + " is out of range [0, "
            + capacity + ")");
    }
}
