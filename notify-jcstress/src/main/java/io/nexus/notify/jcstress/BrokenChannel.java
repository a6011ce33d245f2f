package io.nexus.notify.jcstress;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A one-token blocking channel with the lost wake-up left in on purpose, for
 * {@link BrokenLostWakeupTest}. Never use it for anything else.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>It follows the real channel's protocol with the store&rarr;load orderings of trap 2 in
 * docs/memory-ordering.md left out. The real sender claims with a sequentially consistent
 * read-modify-write and reads {@code parked} with a volatile load; the real receiver publishes
 * with a volatile store and a full fence. Here the sender stores {@code ready} with release,
 * then reads {@code parked} with acquire; the receiver stores {@code parked} with release, then
 * reads {@code ready} with acquire. Release and acquire do not order a store before a later load
 * (on x86 the store can still sit in the store buffer), so both loads may see the old
 * values: the sender sees no parked receiver and does not unpark it, the receiver sees no
 * token and parks with the token ready. Like the real channel, the receiver re-checks after
 * every park, so the lost wake-up shows as the token returned only at the deadline.
 */
final class BrokenChannel {

    /** {@code int ready}: release store by the sender; acquire load, plain clear by receiver. */
    private static final VarHandle READY;

    /** {@code Thread parked}: release store by the receiver, acquire load by the sender. */
    private static final VarHandle PARKED;

    static {
        try {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            READY = lookup.findVarHandle(BrokenChannel.class, "ready", int.class);
            PARKED = lookup.findVarHandle(BrokenChannel.class, "parked", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Accessed through {@link #READY} only. */
    @SuppressWarnings("unused")
    private int ready;

    /** Accessed through {@link #PARKED} only. */
    @SuppressWarnings("unused")
    private Thread parked;

    /** Makes the token ready and wakes the receiver if the sender sees it parked. */
    void send() {
        READY.setRelease(this, 1);
        // Missing here: a store above that the load below cannot pass (a sequentially
        // consistent write, or a full fence between them).
        final Thread receiver = (Thread) PARKED.getAcquire(this);
        if (receiver != null) {
            LockSupport.unpark(receiver);
        }
    }

    /**
     * Waits at most {@code timeoutNanos} for the token.
     *
     * @param timeoutNanos the time to wait, {@code > 0}
     * @return 1 if the token was taken, 0 at the deadline
     */
    int receive(long timeoutNanos) {
        if (take()) {
            return 1;
        }
        final long deadline = System.nanoTime() + timeoutNanos;
        final Thread self = Thread.currentThread();
        try {
            while (true) {
                PARKED.setRelease(this, self);
                // Missing here: the full fence between the store above and the load in take().
                if (take()) {
                    return 1;
                }
                final long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return 0;
                }
                LockSupport.parkNanos(this, remaining);
            }
        } finally {
            PARKED.setRelease(this, (Thread) null);
        }
    }

    private boolean take() {
        if ((int) READY.getAcquire(this) == 0) {
            return false;
        }
        READY.set(this, 0);
        return true;
    }
}
