package io.nexus.notify.bench.peer;

import io.nexus.notify.value.TokenValueConsumer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The latest-value peer written with the JDK alone: a {@link ConcurrentHashMap} of the unread
 * latest value per token beside a {@link ConcurrentLinkedQueue} of the tokens to read.
 *
 * <p>A token is queued exactly while the map holds a value for it: {@code publish} queues it
 * only if its put inserted. {@code drain} polls a token, then removes its value: a put that
 * lands before the remove is read by it, one that lands after inserts and queues the token
 * again, so nothing is lost. The map's per-key atomicity orders put and remove; the queue makes
 * the inserting put happen-before the poll of its token. A user pays a map entry and a queue
 * node per new value.
 *
 * @param <V> the value type
 */
final class JdkValuePeer<V> implements LatestValueStore<V> {

    private final Integer[] keys;
    private final ConcurrentHashMap<Integer, V> latest;
    private final ConcurrentLinkedQueue<Integer> queued = new ConcurrentLinkedQueue<>();

    JdkValuePeer(int capacity) {
        keys = Subjects.boxes(capacity);
        latest = new ConcurrentHashMap<>(capacity);
    }

    @Override
    public boolean publish(int token, V value) {
        final Integer key = keys[Subjects.checkToken(token, keys.length)];
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
        Integer key;
        while (handed < keys.length && (key = queued.poll()) != null) {
            action.accept(key, latest.remove(key));
            handed++;
        }
        return handed;
    }
}
