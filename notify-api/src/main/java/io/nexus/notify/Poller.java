package io.nexus.notify;

/**
 * The consumer side of an {@link EventQueue}: learns which tokens are ready.
 *
 * <p>Not thread-safe: exactly one thread may poll a queue at a time. Polling re-arms each
 * returned token, so a later {@code notify} queues it again.
 */
public interface Poller {

    /**
     * Clears {@code events}, then moves every pending token into it, oldest first.
     *
     * @param events the buffer to fill; it grows as needed and never drops a token
     * @return the number of tokens moved
     * @throws NullPointerException if {@code events} is null
     */
    int poll(Events events);

    /**
     * Clears {@code events}, then moves at most {@code limit} pending tokens into it, oldest
     * first. The rest stay queued, in order, for the next call. The cost is bounded by
     * {@code limit}, not by the number of pending tokens.
     *
     * @param events the buffer to fill
     * @param limit  the most tokens to move; {@code 0} moves none
     * @return the number of tokens moved
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    int poll(Events events, int limit);

    /**
     * Returns the number of distinct tokens this queue accepts.
     *
     * @return the capacity; valid token indices are {@code [0, capacity)}
     */
    int capacity();
}
