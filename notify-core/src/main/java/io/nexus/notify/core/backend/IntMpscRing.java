package io.nexus.notify.core.backend;

import io.nexus.notify.core.IndexQueue;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A bounded MPSC ring of token indices: the algorithm of JCTools' {@code MpscArrayQueue} over
 * an {@code int[]}, laid out so that each cache line is written by one side only.
 *
 * <h2>Implementation notes</h2>
 *
 * <p><b>Slots.</b> Slots hold {@code index + 1}; 0 marks a free slot. A producer claims
 * position {@code p} with a compare-and-set of the producer counter from {@code p} to
 * {@code p + 1}, then writes slot {@code p & mask}. The consumer reads slots in order from its
 * own cursor, takes each non-zero one, writes 0 back and moves on; it stops, without waiting,
 * at the first slot that still reads 0 (empty, or claimed and not yet written:
 * docs/progress.md).
 *
 * <p><b>Room before the claim.</b> A producer may claim {@code p} only when the slot's previous
 * lap has been taken: {@code p < consumer + slots}. It compares with a cached
 * {@code producerLimit} (the consumer counter plus the slot count when it was last read), and
 * reads the consumer counter only when {@code p} reaches that limit, about once a lap, so the
 * consumer's line is not pulled into the producers' caches on every offer. All of this happens
 * before the claim: once a producer has claimed, nothing is left to it but one plain store.
 * The engine never queues an index twice and the ring has at least {@code capacity} slots, so
 * the true bound is never reached: when the cached limit is, the consumer has already taken
 * the slot's previous lap, and the wait in {@code waitForRoom} is only for its counter to
 * become visible.
 *
 * <p><b>Nothing between the claim and the write that can fail.</b> After a successful
 * compare-and-set the offer computes an array position and stores into it: no call, so no
 * {@link StackOverflowError} (thrown only on entering a method) and no other error can leave a
 * claimed slot unwritten, which would hide every later entry for ever. Every call (the fence,
 * the reads, the compare-and-set itself) comes before the claim, and an error there claims
 * nothing.
 *
 * <p><b>Orderings.</b>
 * <ol>
 *   <li><em>Producer's data &rarr; slot.</em> A release fence before the claim orders the
 *       caller's writes before the plain slot store, as a release store would; the engine's
 *       full fence after a non-empty drain gives the consumer's slot reads acquire semantics
 *       (see {@link IndexQueue}). {@code RingReleaseTest} (jcstress) shows the data with
 *       the token.</li>
 *   <li><em>Consumer's free &rarr; producer's reuse.</em> The consumer publishes its counter with
 *       a release store after writing 0 into the slots it took; a producer reads it with
 *       acquire before it claims a position of the next lap, so its slot store comes after the
 *       consumer's 0 and is never overwritten by it. {@code RingLapTest} (jcstress) reuses a
 *       slot against a consumer freeing it.</li>
 *   <li><em>Claims are sequentially consistent</em> (the compare-and-set), and
 *       {@link #size()} and {@link #isEmpty()} read the producer counter with acquire, so they
 *       count claimed but unwritten slots: the {@link IndexQueue} contract.</li>
 * </ol>
 * The drain reads slots with plain loads: each slot is read once per drain (a plain load can
 * see 0, which stops the drain, or the value, which the engine's full fence then orders), and
 * {@link #hasNext()}, which an idle consumer calls in a loop, reads with an opaque load so that
 * the JIT cannot hoist it out of that loop.
 *
 * <p><b>Layout: 128 bytes between lines written by different sides.</b> The producer counter,
 * the producer limit and the published consumer counter each sit in the middle of a padded
 * {@code int[]}, and the slots have 128 bytes of padding before the first and after the last.
 * The consumer's cursor is a field of this object, 128 bytes (the superclasses
 * {@link RingFields} and {@link RingPad}) after the fields producers read; HotSpot places a
 * superclass's fields before its subclass's. 128, not 64: Intel's spatial prefetcher pulls
 * cache lines in pairs, so two lines of one aligned 128-byte pair written by different cores
 * behave as one, which JCTools pads against too. Same-run JMH runs here showed no difference
 * between 64 and 128 bytes beyond the noise (BENCHMARKS.md), so the ring takes the wider, at a
 * cost of about 1 KiB per queue. Counters wrap; only their differences are used.
 */
final class IntMpscRing extends RingPad implements IndexQueue {

    /**
     * The consumer's cursor: the next position to take. Consumer thread only; the consumer
     * publishes it to producers in {@link #consumer} after each drain.
     */
    private int head;

    /** Padding after {@link #head}, against whatever is allocated next to this ring. */
    @SuppressWarnings("unused")
    private long q0;
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
    @SuppressWarnings("unused")
    private long q9;
    @SuppressWarnings("unused")
    private long qa;
    @SuppressWarnings("unused")
    private long qb;
    @SuppressWarnings("unused")
    private long qc;
    @SuppressWarnings("unused")
    private long qd;
    @SuppressWarnings("unused")
    private long qe;
    @SuppressWarnings("unused")
    private long qf;

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
        return mask + 1;
    }

    @Override
    public boolean offer(int index) {
        // Ordering 1: the caller's writes before the plain slot store below.
        VarHandle.releaseFence();
        final int[] p = producer;
        int position;
        do {
            position = (int) INT.getVolatile(p, MIDDLE);
            if (position - (int) INT.getAcquire(producerLimit, MIDDLE) >= 0) {
                waitForRoom(position);
            }
        } while (!INT.compareAndSet(p, MIDDLE, position, position + 1));
        // Claimed. From here to the store there is no call (see the class notes).
        slots[PAD + (position & mask)] = index + 1;
        return true;
    }

    /**
     * Waits until the slot of {@code position} has been freed by the consumer (ordering 2),
     * then raises the cached limit. Runs before the claim.
     */
    private void waitForRoom(int position) {
        int limit;
        while (position - (limit = (int) INT.getAcquire(consumer, MIDDLE) + mask + 1) >= 0) {
            Thread.onSpinWait();
        }
        INT.setRelease(producerLimit, MIDDLE, limit);
    }

    /**
     * Drains with plain slot loads and stores (see the class notes), in at most two straight
     * runs: from the cursor to the end of the slots, then from their start. A straight run's
     * positions are linear in its loop variable, so the JIT takes the bounds checks out of the
     * loop; a masked position behind the padding would cost one per slot.
     */
    @Override
    public int drain(int[] into, int offset, int max) {
        final int[] s = slots;
        final int first = PAD + (head & mask);
        final int end = PAD + mask + 1;
        int taken = take(s, first, Math.min(end - first, max), into, offset);
        if (first + taken == end && taken < max) {
            taken += take(s, PAD, Math.min(first - PAD, max - taken), into, offset + taken);
        }
        if (taken != 0) {
            head += taken;
            // Ordering 2: the zeroes written by take before a producer's claim of their next
            // lap.
            INT.setRelease(consumer, MIDDLE, head);
        }
        return taken;
    }

    /**
     * Takes up to {@code n} written slots from {@code from} on, freeing each, and stops at the
     * first free one.
     *
     * @return the number taken
     */
    private static int take(int[] s, int from, int n, int[] into, int offset) {
        int i = 0;
        for (; i < n; i++) {
            final int value = s[from + i];
            if (value == 0) {
                break;
            }
            s[from + i] = 0;
            into[offset + i] = value - 1;
        }
        return i;
    }

    @Override
    public boolean hasNext() {
        return (int) INT.getOpaque(slots, PAD + (head & mask)) != 0;
    }

    @Override
    public int size() {
        return (int) INT.getAcquire(producer, MIDDLE) - head;
    }

    @Override
    public boolean isEmpty() {
        return (int) INT.getAcquire(producer, MIDDLE) == head;
    }
}

/** The fields every producer reads, placed first in a ring's layout. */
abstract class RingFields {

    /** Access to the elements of the slot and counter arrays. */
    static final VarHandle INT = MethodHandles.arrayElementVarHandle(int[].class);

    /** Ints of padding on each side of a counter and of the slots: 128 bytes. */
    static final int PAD = 32;

    /** The element of a padded counter array that holds the counter. */
    static final int MIDDLE = PAD;

    /**
     * Slots holding {@code index + 1}, or 0 when free, from {@link #PAD} to
     * {@code PAD + mask}, with {@link #PAD} unused ints before and after.
     */
    final int[] slots;

    /** The slot count minus one; the slot count is a power of two. */
    final int mask;

    /** The producer counter: the next position to claim. */
    final int[] producer = new int[2 * PAD + 1];

    /** The producers' cached bound: no position at or past it may be claimed yet. */
    final int[] producerLimit = new int[2 * PAD + 1];

    /** The consumer counter as last published by the consumer. */
    final int[] consumer = new int[2 * PAD + 1];

    RingFields(int slotCount) {
        this.slots = new int[PAD + slotCount + PAD];
        this.mask = slotCount - 1;
        producerLimit[MIDDLE] = slotCount;
    }
}

/** 128 bytes between the producers' fields and the consumer cursor. */
abstract class RingPad extends RingFields {

    @SuppressWarnings("unused")
    private long p0;
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
    @SuppressWarnings("unused")
    private long p9;
    @SuppressWarnings("unused")
    private long pa;
    @SuppressWarnings("unused")
    private long pb;
    @SuppressWarnings("unused")
    private long pc;
    @SuppressWarnings("unused")
    private long pd;
    @SuppressWarnings("unused")
    private long pe;
    @SuppressWarnings("unused")
    private long pf;

    RingPad(int slotCount) {
        super(slotCount);
    }
}
