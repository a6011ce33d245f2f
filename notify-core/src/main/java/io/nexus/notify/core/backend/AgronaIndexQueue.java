package io.nexus.notify.core.backend;

import io.nexus.notify.core.IndexQueue;
import java.util.function.Consumer;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;

/**
 * An {@link IndexQueue} over an Agrona {@link ManyToOneConcurrentArrayQueue} holding canonical
 * {@link Integer}s. The only class of this backend that links against Agrona.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>No boxing: the queue holds the preallocated boxes of {@link CanonicalBoxes}. No refused
 * offer: the engine never queues an index twice, so a queue with room for {@code capacity}
 * elements is never full.
 *
 * <p>Orderings, as {@link IndexQueue} requires: {@code offer} claims a slot with a
 * compare-and-set on the tail, a sequentially consistent read-modify-write that
 * {@link #isEmpty} and {@link #size} read (the claim the {@link io.nexus.notify.Notifier}
 * contract rests on), and publishes the element with a release store. The library's
 * {@code drain} reads each slot with a volatile load, frees it and advances the head with
 * release stores before it passes the element on, so writes made before {@code offer} are
 * visible once {@link #drain} returns the index, and the queue is done with the slot by then.
 * It stops at the first slot that is still {@code null}: when a producer has claimed the head
 * slot but not yet written it, the consumer stops instead of waiting for it (the progress
 * contract, docs/progress.md); the engine still counts that token pending and a later poll
 * delivers it. {@code isEmpty} compares the head with the tail, which the claim moves, so it
 * counts claimed but unwritten slots.
 */
final class AgronaIndexQueue implements IndexQueue {

    /** Keeps Agrona's power-of-two rounding away from a one-slot queue. */
    private static final int MIN_SLOTS = 2;

    private final ManyToOneConcurrentArrayQueue<Integer> queue;
    private final Integer[] boxes;
    /** Reused by every drain, so that none allocates; the consumer thread's alone. */
    private final Sink sink = new Sink();

    private AgronaIndexQueue(int capacity) {
        this.queue = new ManyToOneConcurrentArrayQueue<>(Math.max(MIN_SLOTS, capacity));
        this.boxes = CanonicalBoxes.upTo(capacity);
    }

    /**
     * Creates a queue with room for {@code capacity} distinct indices. Typed as
     * {@link IndexQueue} so that callers never name an Agrona-linked class in a signature.
     *
     * @param capacity the number of token indices, at least 1
     * @return the queue
     */
    static IndexQueue create(int capacity) {
        return new AgronaIndexQueue(capacity);
    }

    @Override
    public boolean offer(int index) {
        return queue.offer(boxes[index]);
    }

    @Override
    public int drain(int[] into, int offset, int max) {
        final Sink s = sink;
        s.into = into;
        s.next = offset;
        final int n = queue.drain(s, max);
        s.into = null;
        return n;
    }

    @Override
    public boolean hasNext() {
        return queue.peek() != null;
    }

    @Override
    public int size() {
        return queue.size();
    }

    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Writes the drained indices into the caller's array, from a position on. */
    private static final class Sink implements Consumer<Integer> {

        /** The array being filled, set for the length of one drain. */
        private int[] into;
        /** The position the next index goes to. */
        private int next;

        @Override
        public void accept(Integer index) {
            into[next++] = index;
        }
    }
}
