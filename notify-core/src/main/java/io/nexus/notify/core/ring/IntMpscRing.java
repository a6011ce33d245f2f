package io.nexus.notify.core.ring;

import io.nexus.notify.Events;
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
 * consumer to make progress.
 *
 * <p>Orderings: the producer publishes a slot with a release store, which the consumer reads
 * with an acquire load; so writes made before {@code offer} are visible once {@code poll}
 * returns the index. The consumer frees a slot with an opaque store; the producer that
 * reuses it reads it with acquire before writing.
 *
 * <p>The counters live in one padded {@code int[]}, the producer counter and the consumer
 * counter 128 bytes apart, so that producers bumping the tail do not invalidate the line the
 * consumer reads and writes. Counters wrap; only their low bits are used.
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

    @Override
    public int poll() {
        final int[] s = slots;
        final int head = counters[CONSUMER];
        final int offset = head & mask;
        final int value = (int) INT.getAcquire(s, offset);
        if (value == 0) {
            return -1;
        }
        INT.setOpaque(s, offset, 0);
        counters[CONSUMER] = head + 1;
        return value - 1;
    }

    /**
     * Drains in one pass with the consumer cursor in a local. Slots are read with opaque
     * loads: the engine's full fence after a non-empty drain gives them acquire semantics
     * (see {@link IndexQueue#drain}), and each slot value is self-contained, so no per-slot
     * acquire barrier is needed.
     */
    @Override
    public int drain(Events events, int limit) {
        final int[] s = slots;
        final int m = mask;
        final int start = counters[CONSUMER];
        int head = start;
        while (head - start < limit) {
            final int offset = head & m;
            final int value = (int) INT.getOpaque(s, offset);
            if (value == 0) {
                break;
            }
            INT.setOpaque(s, offset, 0);
            events.add(value - 1);
            head++;
        }
        if (head != start) {
            counters[CONSUMER] = head;
        }
        return head - start;
    }
}
