package io.nexus.notify.spi;

import io.nexus.notify.EventQueue;

/**
 * Argument checks for backends: every built-in module and backend rejects bad input with
 * these exceptions and messages, and the conformance kit expects them, so a third-party
 * backend that calls them behaves the same. The throwing paths are kept out of line so that
 * a check costs one compare on a hot path.
 */
public final class Checks {

    private Checks() {
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
     * Builds the exception for a token outside {@code [0, capacity)}. Callers test the range
     * themselves (one unsigned compare) and throw what this returns.
     *
     * @param token    the bad token
     * @param capacity the queue's capacity
     * @return the exception to throw
     */
    public static IndexOutOfBoundsException tokenOutOfRange(int token, int capacity) {
        return new IndexOutOfBoundsException("token index " + token + " is out of range [0, "
            + capacity + ")");
    }
}
