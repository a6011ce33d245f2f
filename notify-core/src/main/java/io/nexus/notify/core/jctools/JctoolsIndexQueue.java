package io.nexus.notify.core.jctools;

import io.nexus.notify.core.library.CanonicalBoxes;
import io.nexus.notify.core.IndexQueue;
import org.jctools.queues.MpscArrayQueue;

/**
 * An {@link IndexQueue} over a JCTools {@link MpscArrayQueue} holding canonical
 * {@link Integer}s. The only class of this backend that links against JCTools.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>No boxing: {@link #boxes} holds one {@code Integer} per token index, made once, and
 * {@link #offer(int)} queues that object; {@link #drain} only unboxes. The engine never queues
 * an index twice, so the queue (at least {@code capacity} slots) never refuses an offer.
 *
 * <p>Orderings, as {@link IndexQueue} requires: {@code MpscArrayQueue.offer} publishes the
 * element with an ordered (release) store after claiming its slot with a CAS, and
 * {@code relaxedPoll} reads it with a volatile load and then frees the slot, so writes made
 * before {@code offer} are visible once {@link #drain} returns the index. {@code relaxedPoll}
 * rather than {@code poll}: when a producer has claimed the head slot but not yet written it,
 * the consumer stops instead of spinning on a possibly descheduled producer (the progress
 * contract, docs/progress.md); the engine still counts that token pending and a later poll
 * delivers it. {@code isEmpty} compares the producer index, bumped by the claim, with the
 * consumer index, so it counts claimed but unwritten slots.
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
    public int drain(int[] into, int offset, int max) {
        int n = 0;
        while (n < max) {
            final Integer index = queue.relaxedPoll();
            if (index == null) {
                break;
            }
            into[offset + n++] = index;
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        return queue.relaxedPeek() != null;
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
