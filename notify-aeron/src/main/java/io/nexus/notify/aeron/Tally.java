package io.nexus.notify.aeron;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts written by one thread (a duty cycle) and read by any. A count is statistics: no other
 * memory is published through it, so the writer stores with release semantics only to keep
 * each 64-bit value whole and readers see it soon; a reader's snapshot of several counts is
 * not atomic as a whole.
 */
final class Tally {

    private final AtomicLongArray counts;

    Tally(int size) {
        this.counts = new AtomicLongArray(size);
    }

    /** Adds to a count; only the owning thread calls this. */
    void add(int index, long delta) {
        counts.lazySet(index, counts.get(index) + delta);
    }

    long get(int index) {
        return counts.get(index);
    }
}
