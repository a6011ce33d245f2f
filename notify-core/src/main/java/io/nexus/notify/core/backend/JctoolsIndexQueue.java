package io.nexus.notify.core.backend;

import io.nexus.notify.core.IndexQueue;
import org.jctools.queues.MessagePassingQueue;
import org.jctools.queues.atomic.MpscAtomicArrayQueue;

/**
 * An {@link IndexQueue} over a JCTools {@link MpscAtomicArrayQueue} holding canonical
 * {@link Integer}s. The only class of this backend that links against JCTools.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>No boxing: the queue holds the preallocated boxes of {@link CanonicalBoxes}. No refused
 * offer: the engine never queues an index twice, so a queue with room for {@code capacity}
 * elements is never full.
 *
 * <p>Why the atomic variant: JCTools' {@code MpscArrayQueue} reaches its fields and slots
 * through {@code sun.misc.Unsafe}, whose memory-access methods print a terminal-deprecation
 * warning on Java 24 and later the first time they run (and are to be removed).
 * {@code MpscAtomicArrayQueue} is the same algorithm and the same padded layout over
 * {@code AtomicLongFieldUpdater}s and an {@code AtomicReferenceArray}: nothing of it touches
 * {@code Unsafe}, so this backend is silent on every JDK. Its price is a bounds check and one
 * more load per slot access and a receiver check per index update.
 *
 * <p>Orderings, as {@link IndexQueue} requires: {@code offer} claims its slot with
 * {@code AtomicLongFieldUpdater.compareAndSet} on the producer index, a sequentially consistent
 * read-modify-write that {@link #isEmpty} and {@link #size} read (the claim a
 * {@link io.nexus.notify.Notifier} contract rests on), and then publishes the element with
 * {@code AtomicReferenceArray.lazySet}, a release store. The library's {@code drain} reads each
 * slot with a volatile load and frees it before passing the element on, so writes made before
 * {@code offer} are visible once {@link #drain} returns the index, and the queue is done with
 * the slot by then. It stops at the first slot that is still {@code null}: when a producer has
 * claimed the head slot but not yet written it, the consumer stops instead of waiting for a
 * possibly descheduled producer (the progress contract, docs/progress.md; JCTools' {@code poll}
 * would spin there); the engine still counts that token pending and a later poll delivers it.
 * {@code drain} rather than one {@code relaxedPoll} per element: it reads the consumer index
 * once per batch rather than once per element, which measured faster on polls of a few tokens.
 * {@code isEmpty} compares the producer index, bumped by the claim,
 * with the consumer index (both volatile loads), so it counts claimed but unwritten slots.
 */
final class JctoolsIndexQueue implements IndexQueue {

    /** JCTools array queues need at least two slots. */
    private static final int MIN_SLOTS = 2;

    private final MpscAtomicArrayQueue<Integer> queue;
    private final Integer[] boxes;
    /** Reused by every drain, so that none allocates; the consumer thread's alone. */
    private final Sink sink = new Sink();

    private JctoolsIndexQueue(int capacity) {
        this.queue = new MpscAtomicArrayQueue<>(Math.max(MIN_SLOTS, capacity));
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
        final Sink s = sink;
        s.into = into;
        s.next = offset;
        final int n = queue.drain(s, max);
        s.into = null;
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

    /** Writes the drained indices into the caller's array, from a position on. */
    private static final class Sink implements MessagePassingQueue.Consumer<Integer> {

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
