package io.nexus.notify.core.backend;

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
 * <p>Layout. The producer counter sits in the middle of a padded {@code int[]} (64 bytes on
 * each side), so producers bumping it do not invalidate other data. The consumer cursor,
 * {@code head}, is a plain field that only the consumer reads and writes (no producer ever
 * reads it: producers wait on the slot, not on the cursor). It is a field of this object, one
 * load away from the consumer, and the superclasses {@link RingFields} and {@link RingPad}
 * put 64 bytes between it and the fields every producer reads, as JCTools lays out its
 * queues: HotSpot places a superclass's fields before its subclass's. Counters wrap; only
 * their low bits and their difference are used. {@link #size()} and {@link #isEmpty()} read
 * the producer counter with acquire, and since a producer bumps it when it claims, they count
 * claimed but unwritten slots.
 */
final class IntMpscRing extends RingPad implements IndexQueue {

    /** The consumer cursor: the next position to take. Consumer thread only. */
    private int head;

    /** Padding after {@link #head}, against whatever is allocated next to this ring. */
    @SuppressWarnings("unused")
    private long q1;
    @SuppressWarnings("unused")
    private long q2;
    @SuppressWarnings("unused")
    private long q3;
    @SuppressWarnings("unused")
    private long q4;
    @SuppressWarnings("unused")
    private long q5;
    @SuppressWarnings("unused")
    private long q6;
    @SuppressWarnings("unused")
    private long q7;
    @SuppressWarnings("unused")
    private long q8;

    /**
     * Creates a ring with room for at least {@code capacity} indices.
     *
     * @param capacity the number of distinct indices, at most 2<sup>30</sup>
     */
    IntMpscRing(int capacity) {
        super(capacity == 1 ? 1 : Integer.highestOneBit(capacity - 1) << 1);
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
        final int offset = (int) INT.getAndAdd(producer, PRODUCER, 1) & (s.length - 1);
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
        final int m = s.length - 1;
        final int start = head;
        int next = start;
        int out = offset;
        final int end = offset + max;
        while (out < end) {
            final int slot = next & m;
            final int value = (int) INT.getOpaque(s, slot);
            if (value == 0) {
                break;
            }
            INT.setOpaque(s, slot, 0);
            into[out++] = value - 1;
            next++;
        }
        if (next != start) {
            head = next;
        }
        return next - start;
    }

    @Override
    public boolean hasNext() {
        final int[] s = slots;
        return (int) INT.getOpaque(s, head & (s.length - 1)) != 0;
    }

    @Override
    public int size() {
        return (int) INT.getAcquire(producer, PRODUCER) - head;
    }

    @Override
    public boolean isEmpty() {
        return (int) INT.getAcquire(producer, PRODUCER) == head;
    }
}

/** The fields every producer reads, placed first in a ring's layout. */
abstract class RingFields {

    /** Access to the elements of {@link #slots} and {@link #producer}. */
    static final VarHandle INT = MethodHandles.arrayElementVarHandle(int[].class);

    /** Ints before and after the producer counter: 64 bytes, one cache line, on each side. */
    static final int PAD = 16;

    /** The element of {@link #producer} that is the producer counter. */
    static final int PRODUCER = PAD;

    /**
     * Slots holding {@code index + 1}, or 0 when free. The length is a power of two; positions
     * are masked with {@code slots.length - 1}, a form the JIT recognises as in bounds.
     */
    final int[] slots;

    /** The producer counter at {@link #PRODUCER}, padded. */
    final int[] producer = new int[PRODUCER + 1 + PAD];

    RingFields(int slotCount) {
        this.slots = new int[slotCount];
    }
}

/** 64 bytes between the producers' fields and the consumer cursor. */
abstract class RingPad extends RingFields {

    @SuppressWarnings("unused")
    private long p1;
    @SuppressWarnings("unused")
    private long p2;
    @SuppressWarnings("unused")
    private long p3;
    @SuppressWarnings("unused")
    private long p4;
    @SuppressWarnings("unused")
    private long p5;
    @SuppressWarnings("unused")
    private long p6;
    @SuppressWarnings("unused")
    private long p7;
    @SuppressWarnings("unused")
    private long p8;

    RingPad(int slotCount) {
        super(slotCount);
    }
}
