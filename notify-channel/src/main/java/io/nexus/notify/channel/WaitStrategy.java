package io.nexus.notify.channel;

/**
 * How a {@link Receiver} waits when nothing is pending: an immutable value in the style of
 * Agrona's {@code IdleStrategy} and the Disruptor's {@code WaitStrategy}.
 *
 * <p>A waiting receive goes through up to three phases, re-trying the queue at every step:
 * <ol>
 *   <li><b>spin</b>: {@link #spins()} tries, each after {@link Thread#onSpinWait()};</li>
 *   <li><b>yield</b>: {@link #yields()} tries, each after {@link Thread#yield()};</li>
 *   <li><b>park</b> if {@link #parks()}: publish that the receiver is parked, re-check the queue,
 *       and {@link java.util.concurrent.locks.LockSupport#park park} until a sender that made a
 *       token pending, {@code close()}, an interrupt or the deadline wakes it. Otherwise spin
 *       without bound.</li>
 * </ol>
 * Every phase honours the deadline, interrupts and {@code close()}. Spinning trades a CPU for
 * latency: a parked receiver costs the waking sender a system call and itself an OS wake-up
 * (microseconds), a spinning one notices a token within nanoseconds.
 */
public final class WaitStrategy {

    /** Spin tries of the default strategy: a few microseconds of busy waiting. */
    private static final int DEFAULT_SPINS = 128;

    /** Yield tries of the default strategy. */
    private static final int DEFAULT_YIELDS = 8;

    private static final WaitStrategy DEFAULT = new WaitStrategy(DEFAULT_SPINS, DEFAULT_YIELDS, true);
    private static final WaitStrategy PARK_IMMEDIATELY = new WaitStrategy(0, 0, true);
    private static final WaitStrategy BUSY_SPIN = new WaitStrategy(0, 0, false);

    private final int spins;
    private final int yields;
    private final boolean parks;

    private WaitStrategy(int spins, int yields, boolean parks) {
        this.spins = spins;
        this.yields = yields;
        this.parks = parks;
    }

    /**
     * Returns the default strategy: a short bounded spin ({@value #DEFAULT_SPINS} tries with
     * {@link Thread#onSpinWait()}), then {@value #DEFAULT_YIELDS} tries with
     * {@link Thread#yield()}, then park. Good for most uses: low latency when tokens arrive
     * close together, no CPU burnt when they do not.
     *
     * @return the default strategy
     */
    public static WaitStrategy defaultStrategy() {
        return DEFAULT;
    }

    /**
     * Returns a strategy that spins {@code spins} tries, yields {@code yields} tries, then
     * parks.
     *
     * @param spins  tries with {@link Thread#onSpinWait()} before yielding, {@code >= 0}
     * @param yields tries with {@link Thread#yield()} before parking, {@code >= 0}
     * @return the strategy
     * @throws IllegalArgumentException if {@code spins} or {@code yields} is negative
     */
    public static WaitStrategy spinYieldPark(int spins, int yields) {
        if (spins < 0) {
            throw new IllegalArgumentException("spins must be >= 0, was " + spins);
        }
        if (yields < 0) {
            throw new IllegalArgumentException("yields must be >= 0, was " + yields);
        }
        return new WaitStrategy(spins, yields, true);
    }

    /**
     * Returns a strategy that parks at once: no spin, no yield; publish parked, re-check the
     * queue, park. Every wait is then an OS park, which makes the wake-up protocol easy to
     * exercise in tests and keeps an idle receiver from using any CPU.
     *
     * @return the park-immediately strategy
     */
    public static WaitStrategy parkImmediately() {
        return PARK_IMMEDIATELY;
    }

    /**
     * Returns a strategy that never parks: the receiver spins with {@link Thread#onSpinWait()}
     * until a token is pending, the deadline passes, the thread is interrupted or the channel
     * is closed. Lowest latency, at the price of a CPU kept busy while waiting; for
     * latency-critical users with a core to spare. On a virtual thread it keeps its carrier
     * busy while it waits; use a parking strategy there.
     *
     * @return the busy-spin strategy
     */
    public static WaitStrategy busySpin() {
        return BUSY_SPIN;
    }

    /**
     * Returns the number of spin tries before yielding.
     *
     * @return the spin tries, {@code >= 0}
     */
    public int spins() {
        return spins;
    }

    /**
     * Returns the number of yield tries before parking.
     *
     * @return the yield tries, {@code >= 0}
     */
    public int yields() {
        return yields;
    }

    /**
     * Tells whether the receiver parks after the spin and yield phases.
     *
     * @return {@code true} if it parks, {@code false} if it spins without bound
     */
    public boolean parks() {
        return parks;
    }

    /**
     * Compares by phases.
     *
     * @param other the object to compare with
     * @return {@code true} if {@code other} is a strategy with the same spins, yields and parking
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WaitStrategy)) {
            return false;
        }
        final WaitStrategy that = (WaitStrategy) other;
        return spins == that.spins && yields == that.yields && parks == that.parks;
    }

    /**
     * Hashes the phases.
     *
     * @return a hash consistent with {@link #equals(Object)}
     */
    @Override
    public int hashCode() {
        return (31 * spins + yields) * 2 + (parks ? 1 : 0);
    }

    /**
     * Describes the strategy.
     *
     * @return for example {@code WaitStrategy[spins=128, yields=8, park]}
     */
    @Override
    public String toString() {
        return "WaitStrategy[spins=" + spins + ", yields=" + yields + ", "
            + (parks ? "park" : "busy-spin") + "]";
    }
}
