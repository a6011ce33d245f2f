package io.nexus.notify.bench.peer;

import io.nexus.notify.value.TokenValueConsumer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jctools.queues.MpscArrayQueue;

/**
 * The latest-value peer an experienced user would hand-roll, after the design of tools4j
 * nobark's atomic conflation queue: an {@link AtomicReferenceArray} of the unread latest value
 * per token beside a JCTools {@link MpscArrayQueue} of preallocated {@link Integer} keys. The
 * per-token flag that says "queued" is the value slot itself: set while it holds an unread
 * value, clear once the consumer took it.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>{@code publish} swaps the value into the slot ({@code getAndSet}, a full barrier) and
 * offers the key only when the slot was empty, so a token is queued at most once and the
 * queue, sized for the capacity, never fills. {@code drain} takes keys with
 * {@code relaxedPoll} (an acquire of the slot the producer released; it stops at a slot
 * claimed but not yet written instead of waiting for its producer, whose key the next drain
 * takes), then swaps each token's value out ({@code getAndSet(null)}): a swap-in that lands
 * before it is read by it, and one that lands after finds the slot empty and queues the token
 * again, so nothing is lost and every queued token has a value when it is taken. Nothing is
 * allocated per operation.
 *
 * @param <V> the value type
 */
public final class JctoolsValuePeer<V> implements LatestValueStore<V> {

    private final Integer[] keys;
    private final AtomicReferenceArray<V> latest;
    private final MpscArrayQueue<Integer> queued;

    /**
     * Creates the peer with no values.
     *
     * @param capacity the number of tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @throws IllegalArgumentException if {@code capacity} is out of that range
     */
    public JctoolsValuePeer(int capacity) {
        keys = new Integer[PeerChecks.checkCapacity(capacity)];
        for (int i = 0; i < capacity; i++) {
            keys[i] = i;
        }
        latest = new AtomicReferenceArray<>(capacity);
        queued = new MpscArrayQueue<>(Math.max(2, capacity));
    }

    @Override
    public boolean publish(int token, V value) {
        PeerChecks.checkToken(token, keys.length);
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
        while (handed < keys.length) {
            final Integer key = queued.relaxedPoll();
            if (key == null) {
                break;
            }
            final int token = key;
            action.accept(token, latest.getAndSet(token, null));
            handed++;
        }
        return handed;
    }
}
