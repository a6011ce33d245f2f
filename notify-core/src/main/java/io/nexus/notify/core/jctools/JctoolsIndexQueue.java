package io.nexus.notify.core.jctools;

import io.nexus.notify.core.CanonicalBoxes;
import io.nexus.notify.core.IndexQueue;
import org.jctools.queues.MpscArrayQueue;

/**
 * An {@link IndexQueue} over a JCTools {@link MpscArrayQueue} holding canonical
 * {@link Integer}s. The only class of this backend that links against JCTools.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>No boxing: {@link #boxes} holds one {@code Integer} per token index, made once, and
 * {@link #offer(int)} queues that object; {@link #poll()} only unboxes. The engine never queues
 * an index twice, so the queue (at least {@code capacity} slots) never refuses an offer.
 *
 * <p>Orderings, as {@link IndexQueue} requires: {@code MpscArrayQueue.offer} publishes the
 * element with an ordered (release) store after claiming its slot with a CAS, and
 * {@code relaxedPoll} reads it with a volatile load and then frees the slot, so writes made
 * before {@code offer} are visible once {@code poll} returns the index. {@code relaxedPoll}
 * rather than {@code poll}: when a producer has claimed the head slot but not yet written it,
 * the consumer returns empty instead of spinning on a possibly descheduled producer; the
 * engine still counts that token pending and it is delivered by a later poll.
 */
final class JctoolsIndexQueue implements IndexQueue {

    /** JCTools array queues need at least two slots. */
    private static final int MIN_SLOTS = 2;

    private final MpscArrayQueue<Integer> queue;
    private final Integer[] boxes;

    private JctoolsIndexQueue(int capacity) {
        this.queue = new MpscArrayQueue<>(Math.max(MIN_SLOTS, capacity));
        this.boxes = CanonicalBoxes.upTo(capacity);
    }

    /**
     * Creates a queue with room for {@code capacity} distinct indices. Typed as
     * {@link IndexQueue} so that callers never name a JCTools-linked class in a signature.
     *
     * @param capacity the number of token indices, at least 1
     * @return the queue
     */
    static IndexQueue create(int capacity) {
        return new JctoolsIndexQueue(capacity);
    }

    @Override
    public boolean offer(int index) {
        return queue.offer(boxes[index]);
    }

    @Override
    public int poll() {
        final Integer index = queue.relaxedPoll();
        return index == null ? -1 : index;
    }
}
