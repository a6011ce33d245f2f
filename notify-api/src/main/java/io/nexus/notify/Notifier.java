package io.nexus.notify;

import java.util.Objects;

/**
 * The producer side of an {@link EventQueue}: marks tokens ready.
 *
 * <p>Thread-safe: share one instance across any number of producer threads. Notifying a
 * token that is already pending does nothing (conflation). Writes made before
 * {@code notify(t)} are visible to the consumer after a poll that returns {@code t}, or a
 * later poll returns {@code t} again.
 *
 * <p>A notify never waits for the consumer. Its token is pending, and counted by
 * {@link Poller#isEmpty()}, from the moment the notify has claimed its place in the FIFO, which
 * is before it returns; see {@link Poller} for when a poll delivers it.
 *
 * <p><b>For implementers.</b> The claim that makes a token pending must be a sequentially
 * consistent action (a volatile write, or a read-modify-write such as {@code getAndAdd} or
 * {@code compareAndSet}) that {@link Poller#isEmpty()} reads. Code layered on a notifier
 * relies on it: a channel's sender follows the notify with volatile loads only, and needs them
 * ordered after the claim (docs/memory-ordering.md, traps 2 and 4).
 */
public interface Notifier {

    /**
     * Marks a token ready, by index. Never allocates.
     *
     * @param token the token's index, in {@code [0, capacity)}
     * @return {@code true} if the token became pending and was queued, {@code false} if it was
     *     already pending (conflated)
     * @throws IndexOutOfBoundsException if {@code token} is negative or not below the
     *     capacity; nothing changed
     * @throws IllegalStateException     if the notifier is closed (a channel's sender after
     *     {@code close()}); nothing changed, or at worst one spurious event is left
     * @throws NotifyException           if a backend invariant broke; the token is not pending
     */
    boolean notify(int token);

    /**
     * Marks a token ready. The same as {@code notify(token.index())}.
     *
     * @param token the token
     * @return {@code true} if the token became pending and was queued, {@code false} if it was
     *     already pending (conflated)
     * @throws NullPointerException      if {@code token} is null
     * @throws IndexOutOfBoundsException if the token's index is not below the capacity
     * @throws IllegalStateException     if the notifier is closed
     * @throws NotifyException           if a backend invariant broke; the token is not pending
     */
    default boolean notify(Token token) {
        return notify(Objects.requireNonNull(token, "token").index());
    }

    /**
     * Returns the number of distinct tokens this notifier accepts, so that code handed only a
     * notifier (a value layer, a library) can size itself and check its tokens.
     *
     * @return the capacity; valid token indices are {@code [0, capacity)}
     */
    int capacity();
}
