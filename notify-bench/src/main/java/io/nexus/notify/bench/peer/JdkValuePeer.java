package io.nexus.notify.bench.peer;

import io.nexus.notify.value.TokenValueConsumer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The latest-value peer written with the JDK alone: a {@link ConcurrentHashMap} of the unread
 * latest value per token beside a {@link ConcurrentLinkedQueue} of the tokens to read, with
 * preallocated {@link Integer} keys.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>A token is queued exactly while the map holds a value for it. {@code publish} puts the
 * value and queues the token only if the put found no value (an insert), so a token is never
 * queued twice; a put that replaced an unread value is conflated. {@code drain} polls a token,
 * then removes its value: a put that lands before the remove is read by it, and one that
 * lands after finds no value and queues the token again, so nothing is lost and every queued
 * token has a value when it is polled. The map's per-key atomicity orders the put and the
 * remove; the queue's memory-consistency guarantee makes the put that inserted a value
 * happen-before the poll of its token. Neither collection waits on a producer. What a user
 * pays is a map entry and a queue node per new (unconflated) value.
 *
 * @param <V> the value type
 */
public final class JdkValuePeer<V> implements LatestValueStore<V> {

    private final Integer[] keys;
    private final ConcurrentHashMap<Integer, V> latest;
    private final ConcurrentLinkedQueue<Integer> queued = new ConcurrentLinkedQueue<>();

    /**
     * Creates the peer with no values.
     *
     * @param capacity the number of tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @throws IllegalArgumentException if {@code capacity} is out of that range
     */
    public JdkValuePeer(int capacity) {
        keys = new Integer[PeerChecks.checkCapacity(capacity)];
        for (int i = 0; i < capacity; i++) {
            keys[i] = i;
        }
        latest = new ConcurrentHashMap<>(capacity);
    }

    @Override
    public boolean publish(int token, V value) {
        final Integer key = keys[PeerChecks.checkToken(token, keys.length)];
        Objects.requireNonNull(value, "value");
        if (latest.put(key, value) != null) {
            return false;
        }
        queued.offer(key);
        return true;
    }

    @Override
    public int drain(TokenValueConsumer<? super V> action) {
        int handed = 0;
        while (handed < keys.length) {
            final Integer key = queued.poll();
            if (key == null) {
                break;
            }
            action.accept(key, latest.remove(key));
            handed++;
        }
        return handed;
    }
}
