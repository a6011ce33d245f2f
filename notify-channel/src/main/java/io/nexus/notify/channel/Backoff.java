package io.nexus.notify.channel;

/**
 * Spin, yield, then parks that double from a minimum to a maximum:
 * {@link WaitStrategy#backoff(int, int, long, long)}.
 *
 * @param spins        tries with {@link Thread#onSpinWait()}, {@code >= 0}
 * @param yields       tries with {@link Thread#yield()}, {@code >= 0}
 * @param minParkNanos the first park, {@code >= 1}
 * @param maxParkNanos the longest park, {@code >= minParkNanos}
 */
record Backoff(int spins, int yields, long minParkNanos, long maxParkNanos)
        implements WaitStrategy {

    Backoff {
        SpinYieldPark.checkPhases(spins, yields);
        if (minParkNanos < 1) {
            throw new IllegalArgumentException("minParkNanos must be >= 1, was " + minParkNanos);
        }
        if (maxParkNanos < minParkNanos) {
            throw new IllegalArgumentException("maxParkNanos must be >= minParkNanos ("
                + minParkNanos + "), was " + maxParkNanos);
        }
    }

    @Override
    public long idle(int idleCount) {
        if (SpinYieldPark.spinOrYield(idleCount, spins, yields)) {
            return RETRY;
        }
        // Both phases are over, so this is >= 0 and does not overflow.
        final int parks = idleCount - spins - yields;
        // minParkNanos << parks, or the maximum once the shift would pass it (or overflow).
        final int headroom = Long.numberOfLeadingZeros(minParkNanos) - 1;
        if (parks >= headroom) {
            return maxParkNanos;
        }
        return Math.min(minParkNanos << parks, maxParkNanos);
    }

    /**
     * Describes the strategy.
     *
     * @return for example {@code WaitStrategy[spins=64, yields=4, backoff 1000..1000000 ns]}
     */
    @Override
    public String toString() {
        return "WaitStrategy[spins=" + spins + ", yields=" + yields + ", backoff "
            + minParkNanos + ".." + maxParkNanos + " ns]";
    }
}
