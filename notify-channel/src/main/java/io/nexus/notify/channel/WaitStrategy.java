package io.nexus.notify.channel;

import java.util.concurrent.locks.LockSupport;

/**
 * How a {@link Receiver} waits when nothing is pending, in the style of Agrona's
 * {@code IdleStrategy}: after every empty attempt of a receive, the receiver asks the strategy
 * what to do next.
 *
 * <p>{@link #idle(int)} either waits a little itself (spins with {@link Thread#onSpinWait()},
 * yields, or does nothing) and returns {@link #RETRY}, after which the receiver tries the
 * queue again; or it returns a time to park. Parking is always done by the receiver, never by
 * {@code idle}: it publishes itself as parked, checks the queue once more, and only then calls
 * {@link #park(Object, long)}. A sender whose notify makes a token pending reads that
 * publication and unparks the receiver; a sender that finds no receiver parked pays nothing
 * but a load. That protocol is the same for every strategy, so no strategy can lose a wake-up
 * (docs/memory-ordering.md, trap 2).
 *
 * <p>Every phase honours the receive's deadline, interrupts and {@code close()}. Spinning
 * trades a CPU for latency: a parked receiver costs the waking sender a system call and itself
 * an OS wake-up (microseconds), a spinning one notices a token within nanoseconds.
 *
 * <p>The built-in strategies are immutable values that any number of channels may share;
 * {@link AgronaWaitStrategy} wraps a stateful Agrona {@code IdleStrategy} and belongs to one
 * channel.
 *
 * <pre>{@code
 * EventChannel channel = EventChannel.create(1024, null,
 *     WaitStrategy.backoff(64, 4, 1_000, 1_000_000));   // spin, yield, park 1 us .. 1 ms
 * }</pre>
 */
public interface WaitStrategy {

    /** What {@link #idle(int)} returns to have the receiver try the queue again at once. */
    long RETRY = 0L;

    /** What {@link #idle(int)} returns to park until a sender, a close or an interrupt. */
    long PARK = Long.MAX_VALUE;

    /**
     * Decides how to wait after an empty attempt. Called by the receiving thread only.
     *
     * @param idleCount how many times this receive has called {@code idle} before: {@code 0}
     *     after the first empty attempt of a receive, then one more each call (it stops
     *     growing at {@link Integer#MAX_VALUE})
     * @return {@link #RETRY} to try again at once (after whatever waiting this method did
     *     itself), or a positive number of nanoseconds to park for at most, {@link #PARK} for
     *     no limit but the receive's own deadline
     */
    long idle(int idleCount);

    /**
     * Decides how to wait after an empty attempt, knowing when the wait began; the receiver
     * calls this one. A strategy whose phases are bounded by time reads the clock against
     * {@code idleStartNanos}; the default ignores it and returns {@link #idle(int)}.
     *
     * @param idleCount      as for {@link #idle(int)}
     * @param idleStartNanos {@link System#nanoTime()} at this receive's first empty attempt
     * @return as for {@link #idle(int)}
     */
    default long idle(int idleCount, long idleStartNanos) {
        return idle(idleCount);
    }

    /**
     * Tells whether {@link #idle(int)} may ever ask to park. A strategy that never does spares
     * every sender the check for a parked receiver; a receive whose strategy says {@code false}
     * here and then asks to park throws {@link IllegalStateException}.
     *
     * @return {@code true} unless {@code idle} always returns {@link #RETRY}
     */
    default boolean parks() {
        return true;
    }

    /**
     * Parks the receiving thread for at most {@code nanos}. The receiver calls this only after
     * it has published itself as parked and found the queue empty, so a sender's
     * {@link LockSupport#unpark} ends the wait. It may return early for any reason; the
     * receiver checks again and asks {@link #idle(int)} what next. Override it to wait in some
     * other way that {@code LockSupport.unpark} ends.
     *
     * @param blocker the channel, for thread dumps ({@link LockSupport#getBlocker})
     * @param nanos   the longest wait, {@code > 0}; {@link #PARK} for no limit
     */
    default void park(Object blocker, long nanos) {
        if (nanos == PARK) {
            LockSupport.park(blocker);
        } else {
            LockSupport.parkNanos(blocker, nanos);
        }
    }

    /**
     * Returns the default strategy: spin with {@link Thread#onSpinWait()} for
     * {@value Phased#DEFAULT_SPIN_NANOS} ns, yield with {@link Thread#yield()} for
     * {@value Phased#DEFAULT_YIELD_NANOS} ns more, then park until woken; the same as
     * {@code phased(20_000, 100_000)}. Low latency when tokens arrive close together, even on a
     * busy machine (the spin phase outlasts a parked partner's wake-up), and no CPU burnt once
     * the wait has lasted longer than both phases.
     *
     * @return the default strategy
     */
    static WaitStrategy defaultStrategy() {
        return Phased.DEFAULT;
    }

    /**
     * Returns a strategy whose phases are bounded by time, not by a number of tries: it spins
     * for {@code spinNanos} from the receive's first empty attempt, yields until
     * {@code yieldNanos} more have passed, then parks until woken. It reads the clock once per
     * try.
     *
     * @param spinNanos  how long to spin, {@code >= 0}
     * @param yieldNanos how long to yield after spinning, {@code >= 0}
     * @return the strategy
     * @throws IllegalArgumentException if a phase is negative or their sum overflows
     */
    static WaitStrategy phased(long spinNanos, long yieldNanos) {
        return new Phased(spinNanos, yieldNanos);
    }

    /**
     * Returns a strategy that spins {@code spins} tries, yields {@code yields} tries, then
     * parks until woken.
     *
     * @param spins  tries with {@link Thread#onSpinWait()} before yielding, {@code >= 0}
     * @param yields tries with {@link Thread#yield()} before parking, {@code >= 0}
     * @return the strategy
     * @throws IllegalArgumentException if {@code spins} or {@code yields} is negative
     */
    static WaitStrategy spinYieldPark(int spins, int yields) {
        return new SpinYieldPark(spins, yields);
    }

    /**
     * Returns a strategy that parks at once: no spin, no yield. Every wait is then an OS park,
     * which keeps an idle receiver from using any CPU and makes the wake-up protocol easy to
     * exercise in tests.
     *
     * @return the park-immediately strategy, equal to {@code spinYieldPark(0, 0)}
     */
    static WaitStrategy parkImmediately() {
        return SpinYieldPark.IMMEDIATE;
    }

    /**
     * Returns a strategy that never parks: the receiver spins with {@link Thread#onSpinWait()}
     * until a token is pending, the deadline passes, the thread is interrupted or the channel
     * is closed. Lowest latency, and senders skip the parked-receiver check, at the price of a
     * CPU kept busy while waiting. On a virtual thread it keeps its carrier busy; use a parking
     * strategy there.
     *
     * @return the busy-spin strategy
     */
    static WaitStrategy busySpin() {
        return BusySpin.INSTANCE;
    }

    /**
     * Returns a backoff strategy: {@code spins} tries with {@link Thread#onSpinWait()},
     * {@code yields} with {@link Thread#yield()}, then parks of {@code minParkNanos}, doubling
     * each time up to {@code maxParkNanos}. A sender that makes a token pending still wakes
     * the receiver at once; the bounded parks only matter to a receive that must look at the
     * queue now and then anyway.
     *
     * @param spins        tries with {@link Thread#onSpinWait()}, {@code >= 0}
     * @param yields       tries with {@link Thread#yield()}, {@code >= 0}
     * @param minParkNanos the first park, {@code >= 1}
     * @param maxParkNanos the longest park, {@code >= minParkNanos}
     * @return the strategy
     * @throws IllegalArgumentException if an argument is out of range
     */
    static WaitStrategy backoff(int spins, int yields, long minParkNanos, long maxParkNanos) {
        return new Backoff(spins, yields, minParkNanos, maxParkNanos);
    }
}
