package io.nexus.notify.core;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.NotifyException;
import io.nexus.notify.Poller;
import io.nexus.notify.spi.Checks;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The conflating engine: one pending flag per token in front of an MPSC {@link IndexQueue}.
 * It is its own {@link Notifier} and {@link Poller}.
 *
 * <h2>Implementation notes</h2>
 *
 * <p><b>Invariants.</b> {@code pending[t] == 1} exactly while {@code t} is in the queue or being
 * pushed into it. Only a producer that swaps the flag from 0 to 1 pushes {@code t}, so
 * {@code t} is never queued twice and a queue with room for {@code capacity} entries cannot
 * overflow. Only the consumer clears a flag, after it has taken {@code t} out of the queue.
 * FIFO order is the queue's order, which is the order of the 0&rarr;1 swaps' pushes.
 *
 * <p><b>Happens-before contract.</b> Writes a producer makes before {@code notify(t)} are
 * visible to the consumer after a poll that returns {@code t}, or a later poll returns
 * {@code t} again. Three orderings make it hold; each is marked where it is used:
 * <ol>
 *   <li><em>Push &rarr; take</em> (new notification): the queue's release offer pairs with the
 *       full fence after a non-empty drain, so data written before a notify that queued
 *       {@code t} is visible once {@code t} is polled.</li>
 *   <li><em>Clear &rarr; read data</em> (consumer side of a conflated notification, trap 1
 *       in docs/memory-ordering.md): a producer that writes data and then finds the flag still
 *       set relies on the consumer reading the data after the clear. A release store alone lets the consumer's
 *       later data load pass the clear (store&rarr;load reordering, even on x86), so the
 *       consumer would read stale data while the producer conflated: a lost update. One
 *       {@link VarHandle#fullFence()} after the clears of a non-empty poll orders all of them
 *       before anything the caller reads next.</li>
 *   <li><em>Write data &rarr; read flag</em> (producer side, trap 3 in
 *       docs/memory-ordering.md): {@code notify} first reads the flag without writing it, so that many producers hammering a pending
 *       token share its cache line instead of bouncing it with swaps. That read must not pass
 *       the caller's earlier data writes, so a conflation decided by a plain read is confirmed
 *       only after a full fence. When the plain read sees 0 the producer goes straight to the
 *       swap, itself a full barrier, so a new notification pays no extra fence.</li>
 * </ol>
 *
 * <p><b>Re-arming.</b> The consumer clears a flag with a release store after the queue has
 * returned its index, so a producer that sees the flag clear (its swap has acquire semantics)
 * also sees the queue done with that index before pushing it again. A poll clears the flags of
 * the tokens it took only after its drain loop: a token re-armed mid-loop could be notified
 * again and reach the same poll twice.
 *
 * <p><b>Progress and failure.</b> A poll never waits: the queue's drain stops at the first
 * entry claimed but not yet written (docs/progress.md). Its cost is bounded by {@code limit}
 * plus a constant. The batch is made big enough before the drain takes anything, for at most
 * what the queue holds at that moment, and nothing after that point can throw; so a poll that
 * fails (an {@link OutOfMemoryError} while the batch grows) has taken nothing, and every token
 * stays pending. A notify whose offer throws (a {@link StackOverflowError} where the offer is a
 * real call) puts the flag back to idle before the error goes on, so the token is not left
 * pending with nothing queued; what is left of that window, inside a backend's offer between
 * its claim and its write, is in docs/progress.md. Nothing on either path allocates once
 * {@link Events} has grown to its working size.
 *
 * <p><b>One consumer.</b> Checked only with assertions enabled: a compare-and-set on
 * {@code consumer} at the start of each poll, and a store of {@code null} at its end, turn a
 * second concurrent poll into an
 * {@link AssertionError} instead of a corrupted cursor.
 */
public final class ConflatingEventQueue implements EventQueue, Notifier, Poller {

    /** Access to the elements of {@link #pending}: one byte per token, 0 idle, 1 pending. */
    private static final VarHandle FLAG = MethodHandles.arrayElementVarHandle(byte[].class);

    /** Whether assertions are enabled for this class: then each poll checks {@link #consumer}. */
    private static final boolean CHECKED = ConflatingEventQueue.class.desiredAssertionStatus();

    /** {@link #consumer}, used only when assertions are enabled. */
    private static final VarHandle CONSUMER;

    static {
        try {
            CONSUMER = MethodHandles.lookup().findVarHandle(ConflatingEventQueue.class,
                "consumer", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final byte IDLE = 0;
    private static final byte PENDING = 1;

    private final byte[] pending;
    private final IndexQueue queue;
    private final String backend;

    /** The thread inside {@link #poll}, tracked only when assertions are enabled. */
    @SuppressWarnings("unused")
    private Thread consumer;

    /**
     * Creates an engine over a queue.
     *
     * @param capacity the number of tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @param queue    an empty queue with room for at least {@code capacity} indices
     * @param backend  the backend name reported by {@link #backend()}
     * @throws IllegalArgumentException if {@code capacity} is out of range
     * @throws NullPointerException     if {@code queue} or {@code backend} is null
     */
    public ConflatingEventQueue(int capacity, IndexQueue queue, String backend) {
        this.pending = new byte[Checks.checkCapacity(capacity)];
        this.queue = Objects.requireNonNull(queue, "queue");
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    @Override
    public boolean notify(int token) {
        final byte[] flags = pending;
        if (token < 0 || token >= flags.length) {
            throw Checks.tokenOutOfRange(token, flags.length);
        }
        // Test before test-and-set (ordering 3): a plain read keeps the line shared when the
        // token is already pending. A set flag only counts after a full fence has ordered the
        // caller's data writes before the re-read.
        if ((byte) FLAG.getOpaque(flags, token) != IDLE) {
            VarHandle.fullFence();
            if ((byte) FLAG.getVolatile(flags, token) != IDLE) {
                return false;
            }
        }
        // The swap is a full barrier: it orders the caller's data writes before the flag, and
        // its acquire half makes the consumer's last use of this index visible (re-arming).
        if ((byte) FLAG.getAndSet(flags, token, PENDING) != IDLE) {
            return false;
        }
        // Ordering 1: the queue's offer releases the caller's writes to the consumer's poll.
        final boolean queued;
        try {
            queued = queue.offer(token);
        } catch (Throwable e) {
            // The window between the swap and the claim (docs/progress.md): an offer that
            // throws, a StackOverflowError at its entry above all, has claimed nothing, so the
            // token goes back to idle instead of staying pending with nothing queued. A plain
            // store: it is no call, so it cannot itself fail for want of stack, and there is
            // nothing for it to release.
            flags[token] = IDLE;
            throw e;
        }
        if (!queued) {
            flags[token] = IDLE; // as above: nothing was queued, so nothing to release
            throw new NotifyException(token, "backend '" + backend
                + "' refused token " + token + " although it was not queued; the token"
                + " was reset to idle and may be notified again");
        }
        return true;
    }

    @Override
    public int poll(Events events, int limit) {
        Checks.checkLimit(limit);
        Objects.requireNonNull(events, "events");
        if (CHECKED) {
            claimConsumer();
        }
        try {
            events.clear();
            // The empty path is this one look at the oldest entry: an idle event loop polls in
            // a tight loop, so nothing else happens until there is something to take.
            return queue.hasNext() ? drain(events, limit) : 0;
        } finally {
            if (CHECKED) {
                // Gives the role back with a plain store: no call, so it cannot run out of
                // stack after a poll cut short by a StackOverflowError, which would leave every
                // later poll failing. A thread that takes the role over later must be handed it
                // with a happens-before edge anyway, which makes this store visible; without one
                // its polls race with this thread's, and finding the role taken is right.
                consumer = null;
            }
        }
    }

    private int drain(Events events, int limit) {
        // No poll can return more than capacity tokens: each is re-armed only after the drain.
        int max = Math.min(limit, pending.length);
        if (events.capacity() < max) {
            // Room first (exception safety): the batch grows before anything leaves the queue,
            // so an OutOfMemoryError here leaves every token pending. Grow for no more than is
            // queued now, so that a nearly empty queue never grows the batch to its limit.
            // Only here is the producers' counter read: a batch sized to the queue never does.
            max = Math.min(max, queue.size());
        }
        final int[] into = events.reserve(max);
        final int drained = queue.drain(into, 0, max);
        if (drained != 0) {
            // Re-arming, after the drain so that no token can be re-queued into this same
            // poll. The release fence orders the queue's reads and writes for every drained
            // index before the clears below, so a producer that sees a flag clear (its swap
            // acquires) finds the queue done with that index before pushing it again; with it
            // the clears themselves can be plain stores.
            VarHandle.releaseFence();
            final byte[] flags = pending;
            for (int i = 0; i < drained; i++) {
                flags[into[i]] = IDLE;
            }
            events.commit(drained);
            // Ordering 2 (StoreLoad): every clear above becomes visible before the caller reads
            // the data of the tokens it was given. Without it a concurrent producer can see a
            // stale 1, conflate, and the consumer still read the old data: a lost update. Its
            // acquire half also orders the drain's loads before the caller's.
            VarHandle.fullFence();
        }
        return drained;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Strict: the queue counts an entry from the moment a producer claims it.
     */
    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /**
     * With assertions enabled: makes the calling thread the consumer, or fails if one is. A
     * compare-and-set, whose store is the last thing it does: a compare-and-exchange casts its
     * result on the way out, where a stack overflow would leave the role taken by a poll that
     * never ran.
     */
    private void claimConsumer() {
        if (!CONSUMER.compareAndSet(this, null, Thread.currentThread())) {
            final Thread other = (Thread) CONSUMER.getVolatile(this);
            throw new AssertionError("thread '" + (other == null ? "?" : other.getName())
                + "' is polling this queue; a queue has one consumer");
        }
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
        return backend;
    }

    /**
     * Describes the queue.
     *
     * @return the backend and capacity
     */
    @Override
    public String toString() {
        return "EventQueue[backend=" + backend + ", capacity=" + pending.length + "]";
    }
}
