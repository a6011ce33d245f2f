package io.nexus.notify.core.jctools;

import io.nexus.notify.core.IndexQueue;
import io.nexus.notify.core.library.BoxedIndexQueue;
import org.jctools.queues.MpscArrayQueue;

/**
 * An {@link IndexQueue} over a JCTools {@link MpscArrayQueue} holding canonical
 * {@link Integer}s. The only class of this backend that links against JCTools.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>No boxing and no refused offer: see {@link BoxedIndexQueue}.
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
final class JctoolsIndexQueue extends BoxedIndexQueue {

    /** JCTools array queues need at least two slots. */
    private static final int MIN_SLOTS = 2;

    /** The same queue as the superclass's, typed for the library's own take and peek. */
    private final MpscArrayQueue<Integer> queue;

    private JctoolsIndexQueue(MpscArrayQueue<Integer> queue, int capacity) {
        super(queue, capacity);
        this.queue = queue;
    }

    /**
     * Creates a queue with room for {@code capacity} distinct indices. Typed as
     * {@link IndexQueue} so that callers never name a JCTools-linked class in a signature.
     *
     * @param capacity the number of token indices, at least 1
     * @return the queue
     */
    static IndexQueue create(int capacity) {
        return new JctoolsIndexQueue(new MpscArrayQueue<>(Math.max(MIN_SLOTS, capacity)),
            capacity);
    }

    @Override
    protected Integer take() {
        return queue.relaxedPoll();
    }

    @Override
    public boolean hasNext() {
        return queue.relaxedPeek() != null;
    }
}
