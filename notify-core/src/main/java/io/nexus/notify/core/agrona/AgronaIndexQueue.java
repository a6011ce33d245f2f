package io.nexus.notify.core.agrona;

import io.nexus.notify.core.library.CanonicalBoxes;
import io.nexus.notify.core.IndexQueue;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;

/**
 * An {@link IndexQueue} over an Agrona {@link ManyToOneConcurrentArrayQueue} holding canonical
 * {@link Integer}s. The only class of this backend that links against Agrona.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>No boxing: {@link #boxes} holds one {@code Integer} per token index, made once, and
 * {@link #offer(int)} queues that object; {@link #drain} only unboxes. The engine never queues
 * an index twice, so the queue (at least {@code capacity} slots) never refuses an offer.
 *
 * <p>Orderings, as {@link IndexQueue} requires: {@code offer} claims a slot with a CAS on the
 * tail and publishes the element with a release store; {@code poll} reads it with a volatile
 * load, then frees the slot and advances the head with release stores. So writes made before
 * {@code offer} are visible once {@code poll} returns the index. Agrona's {@code poll} returns
 * {@code null} when the head slot is claimed but not yet written; the engine still counts that
 * token pending and a later poll delivers it (the progress contract, docs/progress.md).
 * {@code isEmpty} compares the head with the tail, which the claiming CAS moves, so it counts
 * claimed but unwritten slots.
 */
final class AgronaIndexQueue implements IndexQueue {

    /** Keeps Agrona's power-of-two rounding away from a one-slot queue. */
    private static final int MIN_SLOTS = 2;

    private final ManyToOneConcurrentArrayQueue<Integer> queue;
    private final Integer[] boxes;

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
        int n = 0;
        while (n < max) {
            final Integer index = queue.poll();
            if (index == null) {
                break;
            }
            into[offset + n++] = index;
        }
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
}
