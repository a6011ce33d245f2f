package io.nexus.notify.bench.peer;

import io.nexus.notify.value.TokenValueConsumer;

/**
 * Latest values keyed by token, as the value benchmark drives them: producers
 * {@link #publish} a value per token (the latest replaces an unread one; a token with an unread
 * value is queued once), one consumer {@link #drain drains} the changed tokens oldest first,
 * each with its latest value, never waiting for a producer part-way through a publish, and no
 * published value is lost. Implemented by the library and by the peers a user would write.
 *
 * @param <V> the value type; values are never {@code null}
 */
public interface LatestValueStore<V> {

    /**
     * Stores the token's latest value and queues the token unless it is already queued.
     *
     * @param token the token, in {@code [0, capacity)}
     * @param value the new value
     * @return {@code true} if the token was queued, {@code false} if it already was
     * @throws IndexOutOfBoundsException if {@code token} is out of range; nothing changed
     * @throws NullPointerException      if {@code value} is null; nothing changed
     */
    boolean publish(int token, V value);

    /**
     * Takes the queued tokens, oldest first, at most the capacity, and hands each with its
     * unread value to {@code action}. The one consumer thread.
     *
     * @param action what to do with each token and its latest value
     * @return the number of values handed to {@code action}
     */
    int drain(TokenValueConsumer<? super V> action);
}
