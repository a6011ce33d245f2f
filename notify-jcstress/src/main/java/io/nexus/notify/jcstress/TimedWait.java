package io.nexus.notify.jcstress;

/**
 * The clock readings of one timed receive and of the call that should have ended it, and how
 * the receive ended in relation to that call. Used by the channel wake-up litmus tests, whose
 * receivers wait with a bounded timeout so that a lost wake-up shows as a long wait instead of
 * a hung test.
 *
 * <p>Written by the two actors of one sample (each its own fields) and read by the arbiter,
 * which jcstress runs after both actors: plain fields suffice.
 */
final class TimedWait {

    /** The receive returned before its timeout elapsed. */
    static final int PROMPT = 0;

    /**
     * The receive waited out its timeout, but the waking call returned late (less than the
     * margin before the deadline, or after it): the waker was held up, not lost.
     */
    static final int WAKER_LATE = 1;

    /**
     * The receive waited out its timeout although the waking call had returned at least the
     * margin before the deadline: the receiver slept through its wake-up.
     */
    static final int SLEPT_THROUGH = 2;

    private final long timeoutNanos;
    private final long marginNanos;
    private long enteredAt;
    private long returnedAt;
    private long wakerReturnedAt;

    /**
     * Creates the readings for one sample.
     *
     * @param timeoutNanos the receive's timeout
     * @param marginNanos  how long before the deadline the waking call must have returned for
     *     a timed-out receive to count as {@link #SLEPT_THROUGH}; below {@code timeoutNanos}
     */
    TimedWait(long timeoutNanos, long marginNanos) {
        this.timeoutNanos = timeoutNanos;
        this.marginNanos = marginNanos;
    }

    /** Records that the receiver is about to call the receive. Receiver actor only. */
    void receiverEnters() {
        enteredAt = System.nanoTime();
    }

    /** Records that the receive has returned. Receiver actor only. */
    void receiverReturned() {
        returnedAt = System.nanoTime();
    }

    /** Records that the waking call (notify, close) has returned. Waker actor only. */
    void wakerReturned() {
        wakerReturnedAt = System.nanoTime();
    }

    /**
     * Classifies the receive. Arbiter only.
     *
     * @return {@link #PROMPT}, {@link #WAKER_LATE} or {@link #SLEPT_THROUGH}
     */
    int classify() {
        if (returnedAt - enteredAt < timeoutNanos) {
            return PROMPT;
        }
        final long deadline = enteredAt + timeoutNanos;
        return deadline - wakerReturnedAt >= marginNanos ? SLEPT_THROUGH : WAKER_LATE;
    }
}
