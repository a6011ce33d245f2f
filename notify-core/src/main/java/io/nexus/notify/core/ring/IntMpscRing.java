package io.nexus.notify.core.ring;

import io.nexus.notify.core.IndexQueue;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A bounded MPSC ring of token indices, specialised for the engine's guarantee that an
 * index is never queued twice.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>Slots hold {@code index + 1}; 0 marks a free slot. A producer claims the next slot with
 * one {@code getAndAdd} on the producer counter: no compare-and-swap retry and no "full" check,
 * because at most {@code capacity <= slots.length} indices are ever pending, so the slot a
 * producer claims was emptied one full lap earlier. The producer still waits for that slot to
 * read 0, which only covers the consumer's free becoming visible; it is never a wait for the
 * consumer to make progress. The consumer never waits: a drain stops at the first slot that
 * is claimed but still reads 0 (docs/progress.md).
 *
 * <p>Orderings: the producer publishes a slot with a release store. The drain reads slots with
 * opaque loads; the engine's full fence after a non-empty drain gives them acquire semantics
 * (see {@link IndexQueue}), and each slot value is self-contained, so no per-slot barrier is
 * needed. So writes made before {@code offer} are visible once the drain has returned the
 * index. The consumer frees a slot with an opaque store; the producer that reuses it reads it
 * with acquire before writing.
 *
 * <p>The counters live in one padded {@code int[]}, the producer counter and the consumer
 * counter 128 bytes apart, so that producers bumping the tail do not invalidate the line the
 * consumer reads and writes. Counters wrap; only their low bits and their difference are used.
 * Only the consumer writes its counter, so it reads it plainly; {@link #size()} and
 * {@link #isEmpty()} read the producer counter with acquire, and since a producer bumps it
 * when it claims, they count claimed but unwritten slots.
 */
final class IntMpscRing implements IndexQueue {

    private static final VarHandle INT = MethodHandles.arrayElementVarHandle(int[].class);

    /** Ints between and around the counters: 128 bytes, two cache lines. */
    private static final int PAD = 32;
    private static final int PRODUCER = PAD;
    private static final int CONSUMER = PRODUCER + PAD;

    private final int[] slots;
    private final int mask;
    private final int[] counters = new int[CONSUMER + PAD];

    /**
     * Creates a ring with room for at least {@code capacity} indices.
     *
     * @param capacity the number of distinct indices, at most 2<sup>30</sup>
     */
    IntMpscRing(int capacity) {
        final int size = capacity == 1 ? 1 : Integer.highestOneBit(capacity - 1) << 1;
        this.slots = new int[size];
        this.mask = size - 1;
    }

    /**
     * Returns the number of slots, {@code capacity} rounded up to a power of two.
     *
     * @return the slot count
     */
    int slotCount() {
        return slots.length;
    }

    @Override
    public boolean offer(int index) {
        final int[] s = slots;
        final int offset = (int) INT.getAndAdd(counters, PRODUCER, 1) & mask;
        while ((int) INT.getAcquire(s, offset) != 0) {
            Thread.onSpinWait();
        }
        INT.setRelease(s, offset, index + 1);
        return true;
    }

    /** Drains in one pass with the consumer cursor in a local; see the class notes. */
    @Override
    public int drain(int[] into, int offset, int max) {
        final int[] s = slots;
        final int m = mask;
        final int start = counters[CONSUMER];
        int head = start;
        int out = offset;
        final int end = offset + max;
        while (out < end) {
            final int slot = head & m;
            final int value = (int) INT.getOpaque(s, slot);
            if (value == 0) {
                break;
            }
            INT.setOpaque(s, slot, 0);
            into[out++] = value - 1;
            head++;
        }
        if (head != start) {
            counters[CONSUMER] = head;
        }
        return head - start;
    }

    @Override
    public int size() {
        return (int) INT.getAcquire(counters, PRODUCER) - counters[CONSUMER];
    }

    @Override
    public boolean isEmpty() {
        return (int) INT.getAcquire(counters, PRODUCER) == counters[CONSUMER];
    }
}
