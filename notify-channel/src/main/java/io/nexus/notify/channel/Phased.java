package io.nexus.notify.channel;

/**
 * Spin for a time, then yield for a time, then park until woken:
 * {@link WaitStrategy#phased(long, long)}, and the default strategy. Modelled on the
 * Disruptor's {@code PhasedBackoffWaitStrategy}: the phases are bounded by the clock, not by a
 * number of tries, so the spin phase lasts as long on a CPU whose {@link Thread#onSpinWait()}
 * takes 5 ns as on one where it takes 50.
 *
 * <p>Why time: a count of spins is a time that depends on the CPU. A spin phase shorter than
 * the time a parked thread takes to wake up loses the fast mode of a round trip for good once
 * both sides have parked: each then waits longer than the other's spin phase, so both park
 * every round. A spin phase a little longer than a wake-up keeps one side spinning while the
 * other wakes; a yield phase after it hands the CPU to a runnable partner on a busy machine.
 *
 * @param spinNanos  how long to spin with {@link Thread#onSpinWait()}, from the wait's first
 *     empty attempt, {@code >= 0}
 * @param yieldNanos how long to yield with {@link Thread#yield()} after the spin phase,
 *     {@code >= 0}
 */
record Phased(long spinNanos, long yieldNanos) implements WaitStrategy {

    /** The default spin phase: longer than a parked thread's wake-up on a quiet machine. */
    static final long DEFAULT_SPIN_NANOS = 20_000L;

    /** The default yield phase, after the spin phase. */
    static final long DEFAULT_YIELD_NANOS = 100_000L;

    /** The default strategy. */
    static final Phased DEFAULT = new Phased(DEFAULT_SPIN_NANOS, DEFAULT_YIELD_NANOS);

    /**
     * How long one call of {@link #idle(int)} is taken to last when no clock reading is given:
     * about one {@link Thread#onSpinWait()} on current x86 server CPUs.
     */
    static final long NOMINAL_SPIN_NANOS = 50L;

    Phased {
        if (spinNanos < 0) {
            throw new IllegalArgumentException("spinNanos must be >= 0, was " + spinNanos);
        }
        if (yieldNanos < 0) {
            throw new IllegalArgumentException("yieldNanos must be >= 0, was " + yieldNanos);
        }
        if (spinNanos + yieldNanos < 0) {
            throw new IllegalArgumentException("spinNanos + yieldNanos must not overflow, was "
                + spinNanos + " + " + yieldNanos);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>The receiver reads the clock for this strategy; without a clock reading, each call is
     * taken to have lasted {@value #NOMINAL_SPIN_NANOS} ns.
     */
    @Override
    public long idle(int idleCount) {
        return decide(idleCount * NOMINAL_SPIN_NANOS);
    }

    /** Reads the clock once per call: about as much as one {@code onSpinWait} costs. */
    @Override
    public long idle(int idleCount, long idleStartNanos) {
        return decide(System.nanoTime() - idleStartNanos);
    }

    private long decide(long idleNanos) {
        if (idleNanos < spinNanos) {
            Thread.onSpinWait();
            return RETRY;
        }
        if (idleNanos - spinNanos < yieldNanos) {
            Thread.yield();
            return RETRY;
        }
        return PARK;
    }

    /**
     * Describes the strategy.
     *
     * @return for example {@code WaitStrategy[spin 20000 ns, yield 100000 ns, park]}
     */
    @Override
    public String toString() {
        return "WaitStrategy[spin " + spinNanos + " ns, yield " + yieldNanos + " ns, park]";
    }
}
