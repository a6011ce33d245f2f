package io.nexus.notify;

/**
 * The producer side of an {@link EventQueue}: marks tokens ready.
 *
 * <p>Thread-safe: share one instance across any number of producer threads. Notifying a
 * token that is already pending does nothing (conflation). Writes made before
 * {@code notify(t)} are visible to the consumer after a poll that returns {@code t}, or a
 * later poll returns {@code t} again.
 */
public interface Notifier {

    /**
     * Marks a token ready.
     *
     * @param token the token
     * @return {@code true} if the token became pending and was queued, {@code false} if it was
     *     already pending (conflated)
     * @throws NullPointerException      if {@code token} is null
     * @throws IndexOutOfBoundsException if the token's index is not below the capacity
     * @throws NotifyException           if a backend invariant broke; the token is not pending
     */
    boolean notify(Token token);

    /**
     * Marks a token ready, by index. Never allocates.
     *
     * @param tokenIndex the token's index, in {@code [0, capacity)}
     * @return {@code true} if the token became pending and was queued, {@code false} if it was
     *     already pending (conflated)
     * @throws IndexOutOfBoundsException if {@code tokenIndex} is negative or not below the capacity
     * @throws NotifyException           if a backend invariant broke; the token is not pending
     */
    boolean notify(int tokenIndex);
}
