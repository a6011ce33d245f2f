package io.nexus.notify.channel;

import io.nexus.notify.Token;

/**
 * The producing side of an {@link EventChannel}: marks tokens ready and wakes the receiver
 * when it waits.
 *
 * <p>Thread-safe: share one instance across any number of threads. A notify that finds its
 * token already pending does nothing (conflation) and never wakes anyone; a notify that makes
 * a token newly pending wakes the receiver only if it is parked, so a sender makes no system
 * call while the receiver keeps up. Writes made before {@code notify(t)} are visible to the
 * receiver after a receive that returns {@code t}, or a later receive returns {@code t} again.
 *
 * <p>After {@link EventChannel#close()} every notify throws {@link IllegalStateException} and
 * changes nothing. A notify running concurrently with {@code close()} may either throw or be
 * accepted; a token it queues stays drainable.
 */
public interface Sender {

    /**
     * Marks a token ready and wakes the receiver if it is parked.
     *
     * @param token the token
     * @return {@code true} if the token became pending, {@code false} if it already was
     *     (conflated)
     * @throws NullPointerException      if {@code token} is null
     * @throws IndexOutOfBoundsException if the token's index is not below the capacity
     * @throws IllegalStateException     if the channel is closed
     * @throws io.nexus.notify.NotifyException if the backend broke an invariant; the token is not
     *     pending
     */
    boolean notify(Token token);

    /**
     * Marks a token ready, by index, and wakes the receiver if it is parked. Never allocates.
     *
     * @param tokenIndex the token's index, in {@code [0, capacity)}
     * @return {@code true} if the token became pending, {@code false} if it already was
     *     (conflated)
     * @throws IndexOutOfBoundsException if {@code tokenIndex} is negative or not below the capacity
     * @throws IllegalStateException     if the channel is closed
     * @throws io.nexus.notify.NotifyException if the backend broke an invariant; the token is not
     *     pending
     */
    boolean notify(int tokenIndex);
}
