package io.nexus.notify.channel;

/**
 * Spin, then yield, then park until woken, phases counted in tries:
 * {@link WaitStrategy#spinYieldPark(int, int)} and {@link WaitStrategy#parkImmediately()}.
 *
 * @param spins  tries with {@link Thread#onSpinWait()} before yielding, {@code >= 0}
 * @param yields tries with {@link Thread#yield()} before parking, {@code >= 0}
 */
record SpinYieldPark(int spins, int yields) implements WaitStrategy {

    /** Park at once. */
    static final SpinYieldPark IMMEDIATE = new SpinYieldPark(0, 0);

    SpinYieldPark {
        checkPhases(spins, yields);
    }

    @Override
    public long idle(int idleCount) {
        return spinOrYield(idleCount, spins, yields) ? RETRY : PARK;
    }

    /**
     * Checks the spin and yield phases of a strategy.
     *
     * @throws IllegalArgumentException if {@code spins} or {@code yields} is negative
     */
    static void checkPhases(int spins, int yields) {
        if (spins < 0) {
            throw new IllegalArgumentException("spins must be >= 0, was " + spins);
        }
        if (yields < 0) {
            throw new IllegalArgumentException("yields must be >= 0, was " + yields);
        }
    }

    /**
     * Waits once in the spin or the yield phase, if {@code idleCount} is still in one.
     *
     * @return {@code true} if it spun or yielded; {@code false} once both phases are over
     */
    static boolean spinOrYield(int idleCount, int spins, int yields) {
        if (idleCount < spins) {
            Thread.onSpinWait();
            return true;
        }
        // Subtracting first keeps spins + yields from overflowing.
        if (idleCount - spins < yields) {
            Thread.yield();
            return true;
        }
        return false;
    }

    /**
     * Describes the strategy.
     *
     * @return for example {@code WaitStrategy[spins=128, yields=8, park]}
     */
    @Override
    public String toString() {
        return "WaitStrategy[spins=" + spins + ", yields=" + yields + ", park]";
    }
}
