package io.nexus.notify.value;

import java.util.concurrent.locks.LockSupport;

/**
 * How a reader or writer of a {@link LatestLongs} token waits for another writer: a brief spin,
 * then short timed parks; and how writers hold back for a reader that has waited that long. On
 * a busy machine the writer being waited for may be off the CPU; spinning on would burn the
 * waiter's time slice while that writer waits for a CPU, so after about a microsecond the
 * waiter parks. It does not yield: with more runnable threads than CPUs a yield can hand the
 * CPU to another writer for a whole time slice (measured: a reader's longest wait with two
 * writers went from 16-18 ms with ten yields to 8 ms without). Nothing unparks a waiter: each
 * park simply ends after {@link #PARK_NANOS}.
 */
final class Contention {

    /** Attempts that spin: about a microsecond, longer than a write holds its token. */
    static final int SPINS = 100;

    /** How long each later attempt parks. */
    static final long PARK_NANOS = 20_000L;

    /**
     * Failed attempts after which a reader counts as starving and asks writers to hold back:
     * its spins are over and it is about to park.
     */
    static final int STARVING_AFTER = SPINS;

    /**
     * The longest a writer holds back for a starving reader before it writes anyway: several
     * of the reader's parks, so that the reader gets a gap between writes, and a bound, so
     * that a reader that never comes back (its thread gone) cannot stop the writers.
     */
    static final long COURTESY_NANOS = 200_000L;

    private Contention() {
    }

    /**
     * Tells whether a reader that has failed {@code attempt} times should ask writers to hold
     * back.
     */
    static boolean starving(int attempt) {
        return attempt >= STARVING_AFTER;
    }

    /**
     * Holds a writer back while a reader of {@code longs} is starving, for at most
     * {@link #COURTESY_NANOS}: with many writers taking a token back to back, a reader that
     * needs a gap between two writes may otherwise wait for seconds. Writers pay one volatile
     * load when no reader starves.
     */
    static void courtesy(LatestLongs longs) {
        final long start = System.nanoTime();
        while (longs.readerStarving() && System.nanoTime() - start < COURTESY_NANOS) {
            LockSupport.parkNanos(PARK_NANOS);
        }
    }

    /**
     * Waits once before attempt {@code attempt + 1}.
     *
     * @param attempt the attempts that failed so far, from 1
     * @return the attempts so far, for the next call (stops counting once the waits park)
     */
    static int backOff(int attempt) {
        if (attempt < SPINS) {
            Thread.onSpinWait();
            return attempt + 1;
        }
        // One try per park from here on: spinning again after each park measured worse, as
        // the spins then took CPU from the writer being waited for.
        LockSupport.parkNanos(PARK_NANOS);
        return attempt;
    }
}
