package io.nexus.notify.core.library;

import io.nexus.notify.core.IndexQueue;
import java.util.Queue;

/**
 * An {@link IndexQueue} over a library's bounded MPSC queue of objects, which holds one
 * canonical {@link Integer} per token index (made once by {@link CanonicalBoxes}), so that no
 * offer boxes. The engine never queues an index twice, so a queue with room for
 * {@code capacity} elements never refuses an offer. Not public API: this package is not
 * exported.
 *
 * <p>A subclass supplies the library's non-waiting take and peek (each returns {@code null}
 * at an empty queue and at a slot claimed but not yet written: the progress contract,
 * docs/progress.md); the queue's own {@code size} and {@code isEmpty} must count claimed
 * slots, as JCTools' and Agrona's array queues do (they compare the producer index, moved by
 * the claim, with the consumer index).
 */
public abstract class BoxedIndexQueue implements IndexQueue {

    private final Queue<Integer> queue;
    private final Integer[] boxes;

    /**
     * Wraps a queue.
     *
     * @param queue    an empty queue with room for at least {@code capacity} elements
     * @param capacity the number of token indices
     */
    protected BoxedIndexQueue(Queue<Integer> queue, int capacity) {
        this.queue = queue;
        this.boxes = CanonicalBoxes.upTo(capacity);
    }

    /**
     * Removes the oldest element without waiting.
     *
     * @return the element, or {@code null} if the queue is empty or its head slot is claimed
     *     but not yet written
     */
    protected abstract Integer take();

    @Override
    public final boolean offer(int index) {
        return queue.offer(boxes[index]);
    }

    @Override
    public final int drain(int[] into, int offset, int max) {
        int n = 0;
        while (n < max) {
            final Integer index = take();
            if (index == null) {
                break;
            }
            into[offset + n++] = index;
        }
        return n;
    }

    @Override
    public final int size() {
        return queue.size();
    }

    @Override
    public final boolean isEmpty() {
        return queue.isEmpty();
    }
}
