package io.nexus.notify;

import io.nexus.notify.spi.Checks;
import java.util.Objects;

/**
 * The single-threaded event queue made by {@link EventQueue#createLocal(int)}: the same
 * semantics as every backend (conflation, FIFO by first notify, budgeted poll, re-arming,
 * the same exceptions for bad input), for a reactor whose producers run on its own thread.
 * It is its own {@link Notifier} and {@link Poller}.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>One thread owns everything, so there are no atomics, no fences and no padding: a
 * {@code boolean} per token says whether it is pending, and a power-of-two {@code int} ring
 * between two plain cursors holds the pending tokens in order. A token is in the ring exactly
 * while it is pending, so the ring (at least {@code capacity} slots) never overflows. A poll
 * copies the oldest tokens into the batch, then re-arms them, so a token notified again by the
 * code that handles the batch joins the back of the ring for the next poll. Nothing allocates
 * once the batch has grown to its working size.
 *
 * <p>Confinement is the caller's promise. With assertions enabled ({@code -ea}) the first
 * thread to notify or poll becomes the owner, and any other thread's call fails with an
 * {@link AssertionError} instead of corrupting the cursors.
 */
final class LocalEventQueue implements EventQueue, Notifier, Poller {

    /** What {@link #backend()} returns: this is not one of the selectable backends. */
    static final String NAME = "local";

    private final boolean[] pending;
    private final int[] ring;
    private final int mask;
    private int head;
    private int tail;

    /** The owning thread, tracked only when assertions are enabled. */
    private Thread owner;

    LocalEventQueue(int capacity) {
        this.pending = new boolean[Checks.checkCapacity(capacity)];
        final int slots = capacity == 1 ? 1 : Integer.highestOneBit(capacity - 1) << 1;
        this.ring = new int[slots];
        this.mask = slots - 1;
    }

    @Override
    public boolean notify(int token) {
        assert confined();
        final boolean[] flags = pending;
        if (token < 0 || token >= flags.length) {
            throw Checks.tokenOutOfRange(token, flags.length);
        }
        if (flags[token]) {
            return false;
        }
        flags[token] = true;
        ring[tail++ & mask] = token;
        return true;
    }

    @Override
    public int poll(Events events, int limit) {
        Checks.checkLimit(limit);
        Objects.requireNonNull(events, "events");
        assert confined();
        events.clear();
        final int queued = tail - head;
        if (queued == 0) {
            return 0;
        }
        final int n = Math.min(limit, queued);
        // Room first: an OutOfMemoryError while the batch grows leaves every token pending.
        final int[] into = events.reserve(n);
        final int[] r = ring;
        final int m = mask;
        int h = head;
        for (int i = 0; i < n; i++) {
            into[i] = r[h++ & m];
        }
        head = h;
        final boolean[] flags = pending;
        for (int i = 0; i < n; i++) {
            flags[into[i]] = false;
        }
        events.commit(n);
        return n;
    }

    @Override
    public boolean isEmpty() {
        return head == tail;
    }

    @Override
    public Notifier notifier() {
        return this;
    }

    @Override
    public Poller poller() {
        return this;
    }

    @Override
    public int capacity() {
        return pending.length;
    }

    @Override
    public String backend() {
        return NAME;
    }

    /**
     * Tells that this queue belongs to one thread.
     *
     * @return {@code true}
     */
    @Override
    public boolean isSingleThreaded() {
        return true;
    }

    /**
     * Describes the queue.
     *
     * @return the variant and capacity
     */
    @Override
    public String toString() {
        return "EventQueue[backend=" + NAME + " (single-threaded), capacity=" + pending.length
            + "]";
    }

    /** With assertions enabled: binds the queue to its first user, then checks the caller. */
    private boolean confined() {
        final Thread self = Thread.currentThread();
        if (owner == null) {
            owner = self;
        } else if (owner != self) {
            throw new AssertionError("this local queue belongs to thread '" + owner.getName()
                + "'; thread '" + self.getName() + "' may not use it");
        }
        return true;
    }
}
