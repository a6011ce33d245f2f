package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;

/**
 * The argument checks of the peers. They reject bad input with the same exception types and
 * messages as the library's backends, so that a peer fails exactly like a backend would; the
 * library's own checks are internal to its modules, hence this copy.
 */
final class PeerChecks {

    private PeerChecks() {
    }

    /**
     * Checks a queue capacity.
     *
     * @param capacity the requested capacity
     * @return {@code capacity}
     * @throws IllegalArgumentException if it is not in {@code [1, EventQueue.MAX_CAPACITY]}
     */
    static int checkCapacity(int capacity) {
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
    static int checkLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        return limit;
    }

    /**
     * Checks a token index against a capacity.
     *
     * @param tokenIndex the index
     * @param capacity   the queue's capacity
     * @return {@code tokenIndex}
     * @throws IndexOutOfBoundsException if it is not in {@code [0, capacity)}
     */
    static int checkToken(int tokenIndex, int capacity) {
        if (Integer.compareUnsigned(tokenIndex, capacity) >= 0) {
            throw tokenOutOfRange(tokenIndex, capacity);
        }
        return tokenIndex;
    }

    /** Builds the exception, out of line so that {@link #checkToken} stays small. */
    private static IndexOutOfBoundsException tokenOutOfRange(int tokenIndex, int capacity) {
        return new IndexOutOfBoundsException("token index " + tokenIndex + " is out of range [0, "
            + capacity + ")");
    }
}
