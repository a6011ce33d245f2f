package io.nexus.notify.core.agrona;

import io.nexus.notify.core.IndexQueue;
import io.nexus.notify.core.library.BoxedIndexQueue;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;

/**
 * An {@link IndexQueue} over an Agrona {@link ManyToOneConcurrentArrayQueue} holding canonical
 * {@link Integer}s. The only class of this backend that links against Agrona.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>No boxing and no refused offer: see {@link BoxedIndexQueue}.
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
final class AgronaIndexQueue extends BoxedIndexQueue {

    /** Keeps Agrona's power-of-two rounding away from a one-slot queue. */
    private static final int MIN_SLOTS = 2;

    /** The same queue as the superclass's, typed for the library's own take and peek. */
    private final ManyToOneConcurrentArrayQueue<Integer> queue;

    private AgronaIndexQueue(ManyToOneConcurrentArrayQueue<Integer> queue, int capacity) {
        super(queue, capacity);
        this.queue = queue;
    }

    /**
     * Creates a queue with room for {@code capacity} distinct indices. Typed as
     * {@link IndexQueue} so that callers never name an Agrona-linked class in a signature.
     *
     * @param capacity the number of token indices, at least 1
     * @return the queue
     */
    static IndexQueue create(int capacity) {
        return new AgronaIndexQueue(new ManyToOneConcurrentArrayQueue<>(Math.max(MIN_SLOTS, capacity)),
            capacity);
    }

    @Override
    protected Integer take() {
        return queue.poll();
    }

    @Override
    public boolean hasNext() {
        return queue.peek() != null;
    }
}
