package io.nexus.notify.bench.peer;

import io.nexus.notify.value.TokenValueConsumer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jctools.queues.MpscArrayQueue;

/**
 * The latest-value peer an experienced user would hand-roll, after tools4j nobark's atomic
 * conflation queue: an {@link AtomicReferenceArray} of the unread latest value per token beside
 * a JCTools {@link MpscArrayQueue} of preallocated keys; the value slot itself says "queued".
 *
 * <p>{@code publish} swaps the value in ({@code getAndSet}, a full barrier) and offers the key
 * only when the slot was empty, so the queue, sized for the capacity, never fills. {@code drain}
 * takes keys with {@code relaxedPoll} (an acquire; it stops at a slot claimed but not yet
 * written, whose key the next drain takes), then swaps each value out: a swap-in before it is
 * read by it, one after finds the slot empty and queues the token again, so nothing is lost.
 * Nothing is allocated per operation.
 *
 * @param <V> the value type
 */
final class JctoolsValuePeer<V> implements LatestValueStore<V> {

    private final Integer[] keys;
    private final AtomicReferenceArray<V> latest;
    private final MpscArrayQueue<Integer> queued;

    JctoolsValuePeer(int capacity) {
        keys = Subjects.boxes(capacity);
        latest = new AtomicReferenceArray<>(capacity);
        queued = new MpscArrayQueue<>(Math.max(2, capacity));
    }

    @Override
    public boolean publish(int token, V value) {
        Subjects.checkToken(token, keys.length);
        Objects.requireNonNull(value, "value");
        if (latest.getAndSet(token, value) != null) {
            return false;
        }
        if (!queued.offer(keys[token])) {
            throw new IllegalStateException("key queue full at token " + token
                + ": a token was queued twice");
        }
        return true;
    }

    @Override
    public int drain(TokenValueConsumer<? super V> action) {
        int handed = 0;
        Integer key;
        while (handed < keys.length && (key = queued.relaxedPoll()) != null) {
            action.accept(key, latest.getAndSet(key, null));
            handed++;
        }
        return handed;
    }
}
