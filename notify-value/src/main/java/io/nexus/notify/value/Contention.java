package io.nexus.notify.value;

import java.util.concurrent.locks.LockSupport;

/**
 * How a reader or writer of a {@link LatestLongs} token waits for another writer: a brief spin,
 * then yields, then short timed parks. On a busy machine the writer it waits for may be off the
 * CPU; spinning on would burn the waiter's time slice while that writer waits for a CPU, so
 * after a few microseconds of spinning the waiter gives its CPU away. Nothing unparks a waiter:
 * each park simply ends after {@link #PARK_NANOS}.
 */
final class Contention {

    /** Attempts that spin: about a microsecond, longer than a write holds its token. */
    static final int SPINS = 100;

    /** Attempts after the spins that yield the CPU to another runnable thread. */
    static final int YIELDS = 10;

    /** How long each later attempt parks. */
    static final long PARK_NANOS = 20_000L;

    private Contention() {
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
        if (attempt < SPINS + YIELDS) {
            Thread.yield();
            return attempt + 1;
        }
        // One try per park from here on: spinning again after each park measured worse, as
        // the spins then took CPU from the writer being waited for.
        LockSupport.parkNanos(PARK_NANOS);
        return attempt;
    }
}
