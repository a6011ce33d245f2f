package io.nexus.notify.channel;

import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.spi.Checks;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@link Receiver} of an {@link EventChannel}: poll, then wait in the phases of the
 * channel's {@link WaitStrategy}, re-polling at every step.
 *
 * <h2>Implementation notes</h2>
 *
 * <p><b>Ownership.</b> Every public method first claims the receiver with a compare-and-set
 * of {@code owner} from {@code null} to the calling thread, and releases it with a release
 * store on return: a second thread that calls while one is inside gets
 * {@link IllegalStateException} before it touches the queue. The claim's acquire and the
 * release order one owner's use of the queue (and of {@code closedSeen}) before the next
 * owner's. {@code owner} sits alone in the middle of a padded array, so that the two writes
 * per receive do not share a cache line with {@code closed} and {@code parked}, which every
 * new notify reads.
 *
 * <p>A receive called from the last frames of a stack can find no room for the release's
 * call. Then it gives the role back with a plain store, which needs no call, instead of
 * leaving it taken for ever, and swallows that {@link StackOverflowError}: a receive that
 * moved tokens still returns them, and one that was already failing goes on with its own
 * error. What the release store orders is ordered there too: every poll that took something
 * ends with a full fence after its last write to the queue, and the one write after it,
 * {@code closedSeen}, is recomputed with the same answer by an owner that misses it. The
 * claim is a compare-and-set, whose store is the last thing it does (a compare-and-exchange
 * casts its result after its store, where the same error would leave the role taken by a
 * receive that never ran).
 *
 * <p><b>Attempts.</b> Each step is an {@linkplain #attempt attempt}: read {@code closed}, then
 * poll. Reading {@code closed} first matters: a sender that notified before {@code close()}
 * had its push ordered before the close, so a poll made after seeing {@code closed == true}
 * sees that push. An empty poll is still not proof of an empty queue (a notify in flight may
 * hold the head), so on a closed channel the attempt fences and asks the queue whether it is
 * strictly empty before it returns {@link #CLOSED} (docs/close.md). Having returned it, the
 * receiver returns it ever after ({@code closedSeen}).
 *
 * <p>The interrupt status is tested only after an empty attempt, so a call that throws
 * {@link InterruptedException} has moved no token. Deadlines are compared as
 * {@code deadline - now}, which stays correct when {@code nanoTime() + timeout} overflows.
 *
 * <p>Nothing on the waiting path takes a monitor: parking is {@link LockSupport} only, so a
 * virtual thread unmounts from its carrier while it waits.
 */
final class ChannelReceiver implements Receiver {

    /** Internal timeout meaning "no deadline". */
    private static final long UNTIMED = -1L;

    /** Result of {@link #step} meaning "nothing yet, keep waiting"; never returned to users. */
    private static final int KEEP_WAITING = Integer.MIN_VALUE;

    /** The longest park while a notify is in flight (claimed, not yet written). */
    private static final long IN_FLIGHT_PARK_NANOS = 50_000L;

    /** The longest timeout expressible in nanoseconds; longer ones are clamped to it. */
    private static final Duration MAX_TIMEOUT = Duration.ofNanos(Long.MAX_VALUE);

    /** {@code long parks}: written by the owner with opaque stores, read by anyone. */
    private static final VarHandle PARKS;

    static {
        try {
            PARKS = MethodHandles.lookup().findVarHandle(ChannelReceiver.class, "parks",
                long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Access to {@link #owner}'s one used element. */
    private static final VarHandle OWNER = MethodHandles.arrayElementVarHandle(Thread[].class);

    /** The element of {@link #owner} in use: 64 bytes of references on each side of it. */
    private static final int OWNER_SLOT = 16;

    private final EventChannel channel;
    private final Poller poller;

    /** {@code owner[OWNER_SLOT]}: the thread inside a receive, or {@code null}. */
    private final Thread[] owner = new Thread[2 * OWNER_SLOT + 1];

    /** Whether this receiver has returned {@link #CLOSED}; read and written by the owner. */
    private boolean closedSeen;

    /** Written through {@link #PARKS} only; the owner may read it plainly. */
    private long parks;

    private final WaitStrategy strategy;

    /** {@code strategy.parks()}, read once: the sender skips its wake-up on the same answer. */
    private final boolean mayPark;

    ChannelReceiver(EventChannel channel, Poller poller, WaitStrategy strategy) {
        this.channel = channel;
        this.poller = poller;
        this.strategy = strategy;
        this.mayPark = strategy.parks();
    }

    @Override
    public int recv(Events events, int limit) throws InterruptedException {
        checkArguments(events, limit);
        return receiveOwned(events, limit, UNTIMED);
    }

    @Override
    public int recv(Events events, int limit, Duration timeout) throws InterruptedException {
        checkArguments(events, limit);
        return receiveOwned(events, limit, toNanos(timeout));
    }

    @Override
    public int tryRecv(Events events, int limit) {
        checkArguments(events, limit);
        claim();
        try {
            return limit == 0 ? poller.poll(events, 0) : attempt(events, limit);
        } finally {
            try {
                release();
            } catch (StackOverflowError cutShort) {
                owner[OWNER_SLOT] = null; // no call: see the class notes, Ownership
            }
        }
    }

    @Override
    public int poll(Events events, int limit) {
        final int result = tryRecv(events, limit);
        return result == CLOSED ? 0 : result;
    }

    @Override
    public boolean isEmpty() {
        return poller.isEmpty();
    }

    @Override
    public int capacity() {
        return poller.capacity();
    }

    /**
     * Describes the receiver.
     *
     * @return the channel it drains
     */
    @Override
    public String toString() {
        return "Receiver[" + channel + "]";
    }

    /**
     * {@link #receive} as the owner: claims the receiver, and gives it back even when there is
     * no stack left for the release's call (see the class notes, Ownership).
     */
    private int receiveOwned(Events events, int limit, long timeoutNanos)
            throws InterruptedException {
        claim();
        try {
            return receive(events, limit, timeoutNanos);
        } finally {
            try {
                release();
            } catch (StackOverflowError cutShort) {
                owner[OWNER_SLOT] = null; // no call: see the class notes, Ownership
            }
        }
    }

    /** Makes the calling thread the owner, or throws if another thread is receiving. */
    private void claim() {
        if (!OWNER.compareAndSet(owner, OWNER_SLOT, null, Thread.currentThread())) {
            final Thread other = (Thread) OWNER.getVolatile(owner, OWNER_SLOT);
            throw new IllegalStateException("thread '" + (other == null ? "?" : other.getName())
                + "' is already receiving on this channel; a channel has a single consumer");
        }
    }

    /** Ends the owner's receive; release, so the next owner sees what this one did. */
    private void release() {
        OWNER.setRelease(owner, OWNER_SLOT, null);
    }

    private static void checkArguments(Events events, int limit) {
        Objects.requireNonNull(events, "events");
        Checks.checkLimit(limit);
    }

    private static long toNanos(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be >= 0, was " + timeout);
        }
        return timeout.compareTo(MAX_TIMEOUT) >= 0 ? Long.MAX_VALUE : timeout.toNanos();
    }

    /**
     * One non-blocking step.
     *
     * @return the tokens moved; else {@link #CLOSED} if the channel was closed before a poll
     *     that found nothing and nothing is queued or in flight, or if this receiver has
     *     returned {@code CLOSED} before; else {@code 0}
     */
    private int attempt(Events events, int limit) {
        if (closedSeen) {
            events.clear();
            return CLOSED;
        }
        // Acquire, and before the poll: see the class notes.
        final boolean closed = channel.isClosedAcquire();
        final int moved = poller.poll(events, limit);
        if (moved != 0 || !closed) {
            return moved;
        }
        // StoreLoad side of trap 4: a sender pushes, fences, then re-reads closed. This fence,
        // after the read of closed == true, orders the emptiness check after it, so either
        // that sender saw closed (and its notify threw) or this check sees its claimed slot.
        VarHandle.fullFence();
        if (!poller.isEmpty()) {
            // A notify in flight holds tokens back; it wakes this receiver when it is done.
            return 0;
        }
        closedSeen = true;
        return CLOSED;
    }

    /**
     * Receives with the given arguments, already checked: attempts, asking the strategy how to
     * wait after each empty one.
     *
     * @param timeoutNanos the time to wait, {@code >= 0}, or {@link #UNTIMED}
     */
    private int receive(Events events, int limit, long timeoutNanos) throws InterruptedException {
        if (limit == 0) {
            return poller.poll(events, 0);
        }
        int result = attempt(events, limit);
        if (result != 0 || timeoutNanos == 0) {
            return result;
        }
        final boolean timed = timeoutNanos != UNTIMED;
        // One clock read per receive that has to wait: the deadline's start, and the start
        // that strategies bounded by time measure their phases from.
        final long idleStart = System.nanoTime();
        final long deadline = timed ? idleStart + timeoutNanos : 0L;
        int idleCount = 0;
        while (true) {
            final long parkNanos = strategy.idle(idleCount, idleStart);
            if (parkNanos == WaitStrategy.RETRY) {
                result = step(events, limit, timed, deadline);
            } else {
                result = parkOnce(events, limit, parkNanos, timed, deadline);
            }
            if (result != KEEP_WAITING) {
                return result;
            }
            if (idleCount != Integer.MAX_VALUE) {
                idleCount++;
            }
        }
    }

    /**
     * One step after a wait that did not park: an attempt, then the interrupt and the deadline.
     *
     * @return what {@link #attempt} returned if not {@code 0}; else {@code 0} once the deadline
     *     has passed; else {@link #KEEP_WAITING}
     */
    private int step(Events events, int limit, boolean timed, long deadline)
            throws InterruptedException {
        final int result = attempt(events, limit);
        if (result != 0) {
            return result;
        }
        checkInterrupt();
        return timed && expired(deadline) ? 0 : KEEP_WAITING;
    }

    /**
     * One park: publish parked, fence, re-check, and park through the strategy if the queue is
     * strictly empty.
     *
     * @param parkNanos what the strategy asked for: a positive time, or {@link WaitStrategy#PARK}
     * @return what {@link #attempt} returned if not {@code 0}; else {@code 0} at the deadline;
     *     else {@link #KEEP_WAITING}
     */
    private int parkOnce(Events events, int limit, long parkNanos, boolean timed, long deadline)
            throws InterruptedException {
        if (parkNanos < 0 || !mayPark) {
            throw new IllegalStateException(strategy + " returned " + parkNanos + " from idle();"
                + " it may return only RETRY, or a time to park if its parks() is true");
        }
        final Thread self = Thread.currentThread();
        channel.publishParked(self);
        try {
            // StoreLoad (lost wake-up, lost close): parked must be visible before the re-check
            // reads closed and the queue. The volatile store that published it is not enough
            // on its own: the backend's poll reads with acquire or opaque, which a volatile
            // store does not order. Paired with the sender's sequentially consistent claim and
            // volatile load of parked, and with close()'s fence after setting closed.
            VarHandle.fullFence();
            final int result = attempt(events, limit);
            if (result != 0) {
                return result;
            }
            checkInterrupt();
            long nanos = parkNanos;
            if (timed) {
                final long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return 0;
                }
                nanos = Math.min(nanos, remaining);
            }
            if (poller.isEmpty()) {
                park(nanos);
            } else {
                // A notify in flight: its claim is visible but its token is not yet pollable.
                // Its sender most likely reads parked after this thread published it and will
                // unpark us, but it may have read it just before, so never park on it for
                // long: a producer descheduled mid-notify keeps this loop polling every
                // IN_FLIGHT_PARK_NANOS instead of sleeping on a token that is already queued.
                LockSupport.parkNanos(channel, Math.min(nanos, IN_FLIGHT_PARK_NANOS));
            }
            // Woken by a sender, close(), an interrupt, the time, a stale permit or for no
            // reason: the caller goes round again.
            return KEEP_WAITING;
        } finally {
            channel.withdrawParked(self);
        }
    }

    /** Parks through the strategy, counting the park and recording it if JFR is on. */
    private void park(long nanos) {
        // Only the owner writes parks; opaque so that counters() reads whole values.
        PARKS.setOpaque(this, parks + 1);
        if (JfrEvents.ENABLED) {
            final ReceiverParkEvent event = new ReceiverParkEvent();
            event.begin();
            strategy.park(channel, nanos);
            if (event.shouldCommit()) {
                event.backend = channel.backend();
                event.capacity = channel.capacity();
                event.limit = nanos == WaitStrategy.PARK ? -1L : nanos;
                event.commit();
            }
        } else {
            strategy.park(channel, nanos);
        }
    }

    /**
     * Returns how often the receiver has parked. Callable from any thread.
     *
     * @return the park count
     */
    long parks() {
        return (long) PARKS.getOpaque(this);
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted while waiting to receive");
        }
    }

    private static boolean expired(long deadline) {
        return deadline - System.nanoTime() <= 0;
    }
}
