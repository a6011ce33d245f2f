package io.nexus.notify.channel;

import io.nexus.notify.Notifier;

/**
 * The producing side of an {@link EventChannel}: marks tokens ready and wakes the receiver
 * when it waits. It is a {@link Notifier}, so a library written against the queue API can be
 * given a channel's sender.
 *
 * <p>Thread-safe: share one instance across any number of threads. A notify that finds its
 * token already pending does nothing (conflation) and never wakes anyone; a notify that makes
 * a token newly pending wakes the receiver only if it is parked, so a sender makes no system
 * call while the receiver keeps up. Writes made before {@code notify(t)} are visible to the
 * receiver after a receive that returns {@code t}, or a later receive returns {@code t} again.
 *
 * <p><b>Close.</b> A notify that returns {@code true} is received before the receiver sees
 * {@link Receiver#CLOSED}. After {@link EventChannel#close()} every notify throws
 * {@link IllegalStateException}. A notify that throws it changed nothing, or, if it raced with
 * {@code close()}, left its token queued: the receiver may still return that token (a spurious
 * event) until it has returned {@code CLOSED}.
 */
public interface Sender extends Notifier {

    /**
     * Marks a token ready, by index, and wakes the receiver if it is parked. Never allocates.
     *
     * @param token the token's index, in {@code [0, capacity)}
     * @return {@code true} if the token became pending, {@code false} if it already was
     *     (conflated)
     * @throws IndexOutOfBoundsException if {@code token} is negative or not below the
     *     capacity; nothing changed
     * @throws IllegalStateException     if the channel is closed, or was closed while this
     *     notify ran; see the class notes
     * @throws io.nexus.notify.NotifyException if the backend broke an invariant; the token is not
     *     pending
     */
    @Override
    boolean notify(int token);
}
