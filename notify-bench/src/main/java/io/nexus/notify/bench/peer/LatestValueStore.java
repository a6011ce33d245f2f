package io.nexus.notify.bench.peer;

import io.nexus.notify.value.TokenValueConsumer;

/**
 * Latest values keyed by token, as the publish-and-read benchmark drives them: any number of
 * producers {@link #publish} a value per token (the latest replaces an unread one), and one
 * consumer {@link #drain drains} the changed tokens, oldest first, each with its latest value.
 * Implemented by the library ({@code LatestValues} over a backend's queue) and by the peers a
 * user would write instead.
 *
 * <p>Every implementation keeps the same contract: a token with an unread value is queued
 * once however often it is published (conflation); the consumer reads the latest value
 * published before the token was delivered, or later; no published value is lost (one that
 * lands after the consumer took the token's value is delivered by a later drain); and a drain
 * never waits for a producer that is part-way through a publish.
 *
 * @param <V> the value type; values are never {@code null}
 */
public interface LatestValueStore<V> {

    /**
     * Stores {@code value} as the token's latest and queues the token unless it is already
     * queued.
     *
     * @param token the token, in {@code [0, capacity)}
     * @param value the new value
     * @return {@code true} if the token was queued, {@code false} if it already was
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws NullPointerException      if {@code value} is null; nothing changed
     */
    boolean publish(int token, V value);

    /**
     * Takes the queued tokens, oldest first (at most the capacity, so a drain ends under any
     * load), and hands each one that has an unread value to {@code action} with that value.
     * The one consumer thread.
     *
     * @param action what to do with each token and its latest value
     * @return the number of values handed to {@code action}
     */
    int drain(TokenValueConsumer<? super V> action);
}
