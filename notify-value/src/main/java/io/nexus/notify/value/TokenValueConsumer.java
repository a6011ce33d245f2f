package io.nexus.notify.value;

/**
 * Receives a token and its latest value from {@link LatestValues#takeEach}: a token passed as
 * an {@code int}, so that reading a batch boxes nothing.
 *
 * @param <V> the value type
 */
@FunctionalInterface
public interface TokenValueConsumer<V> {

    /**
     * Handles one token's latest value.
     *
     * @param token the token index
     * @param value its latest unread value, never {@code null}
     */
    void accept(int token, V value);
}
