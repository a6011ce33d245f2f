package io.nexus.notify.core.linked;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.Token;
import io.nexus.notify.spi.Checks;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * A fused event queue: pending flags and the FIFO are one intrusive MPSC linked list through an
 * {@code int[]} indexed by token (after Vyukov's intrusive MPSC queue). It is its own
 * {@link Notifier} and {@link Poller}.
 *
 * <h2>Implementation notes</h2>
 *
 * <p><b>Layout.</b> {@code link[n]} is the only per-token state. Node {@code n} is a token in
 * {@code [0, capacity)}, or the <em>stub</em> node {@code capacity}. Values:
 * <ul>
 *   <li>{@link #IDLE} (0): the token is not pending and not in the list;</li>
 *   <li>{@link #NIL} (-1): the node is in the list (or being pushed) with no successor yet;</li>
 *   <li>{@code s + 1}: the node is in the list and its successor is node {@code s}.</li>
 * </ul>
 * So a token is pending exactly while {@code link[t] != IDLE}, and "never queued twice" is the
 * same fact as "never linked twice". Idle is 0 so a new array starts all idle. The list runs
 * from the consumer's {@code head} to the producers' {@code tail}; both start at the stub.
 *
 * <p><b>Push</b> (wait-free): a producer arms the token with a CAS {@code IDLE -> NIL}, swaps
 * itself into the tail with one {@code getAndSet}, then links the previous tail to itself with
 * a release store. Only the producer that swapped the tail away from {@code p} ever writes a
 * successor into {@code link[p]}.
 *
 * <p><b>The unlinked window.</b> Between a producer's tail swap and its link, the node before
 * it reads {@code NIL} although the tail has moved on. The consumer tells the two cases apart by
 * the tail: if {@code head} has no successor and the tail is still {@code head}, {@code head} is
 * truly last; otherwise a push is in flight right behind it. The consumer cannot hand out
 * {@code head} without its successor (see re-arming below), and giving up would leave the
 * oldest token undelivered behind a newer, unfinished notify; so it waits for the link, which
 * the producer stores in its very next step (the strict poll of JCTools' linked queues does
 * the same). When {@code head} is the stub nothing older is held back, and an empty result is
 * returned instead. Either way nothing is lost or duplicated, and a poll still does work in
 * proportion to the tokens it delivers.
 *
 * <p><b>Re-arming and the stub.</b> A token may be re-armed (set to {@code IDLE}) only once no
 * list entry refers to it, since re-arming lets a producer push it again and overwrite its
 * link. The consumer therefore hands out the head node only after it has a successor and has
 * moved {@code head} to that successor. To hand out the last real node, the consumer first
 * pushes the stub behind it (like any producer), so that the last node gains a successor and the
 * stub, which is never handed out, becomes the node left in the list. When {@code head} reaches
 * the stub the consumer steps over it. The stub is pushed only when it is not in the list
 * (it was stepped over, and the one producer that linked behind it has done so), so it is never
 * linked twice; a poll steps over it at most once per token it delivers.
 *
 * <p>A poll re-arms the tokens it delivered only after its drain loop: a token re-armed
 * mid-loop could be notified again and reach the same poll twice.
 *
 * <p><b>Happens-before contract.</b> Writes a producer makes before {@code notify(t)} are
 * visible to the consumer after a poll that returns {@code t}, or a later poll returns {@code t}
 * again. The orderings are those of the shared engine, {@code ConflatingEventQueue}:
 * <ol>
 *   <li><em>Push &rarr; pop</em>: the release store that links a node pairs with the
 *       consumer's acquire load of that link.</li>
 *   <li><em>Clear &rarr; read data</em> (DESIGN trap 1): the consumer re-arms with release
 *       stores and then issues one {@link VarHandle#fullFence()} per non-empty poll, so no
 *       later data load of the caller passes a re-arm.</li>
 *   <li><em>Write data &rarr; read flag</em> (DESIGN trap 3): a producer first reads
 *       {@code link[t]} without writing it (test-and-test-and-set); a pending state read that
 *       way counts only after a full fence and a re-read. A failed CAS is treated the same way
 *       (it promises only a volatile read), and the arm is retried if the re-read finds the
 *       token idle again.</li>
 * </ol>
 * The consumer's re-arm is a release store made after its last read of that node's link, and
 * the producer's arming CAS reads it with acquire semantics, so a producer pushing the token
 * again never races the consumer's use of its link.
 *
 * <p><b>Padding.</b> The tail (written by producers) and the head (owned by the consumer) live
 * in one {@code int[]} 128 bytes apart, so that they never share a cache line.
 *
 * <p><b>Cost.</b> Nothing allocates on either path once {@link Events} has grown to its
 * working size. Memory: {@code 4 * (capacity + 1)} bytes of links plus the padded cursors.
 */
public final class LinkedEventQueue implements EventQueue, Notifier, Poller {

    /** Access to the elements of {@link #link} and {@link #cursors}. */
    private static final VarHandle INT = MethodHandles.arrayElementVarHandle(int[].class);

    /** {@code link[t]} of a token that is neither pending nor in the list. */
    static final int IDLE = 0;
    /** {@code link[n]} of a node in the list with no successor linked yet. */
    static final int NIL = -1;

    /** Ints between and around the cursors: 128 bytes, two cache lines. */
    private static final int PAD = 32;
    private static final int TAIL = PAD;
    private static final int HEAD = TAIL + PAD;

    private final int[] link;
    private final int stub;
    private final int[] cursors = new int[HEAD + PAD];
    private final String backend;

    /**
     * Creates an empty queue.
     *
     * @param capacity the number of tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @param backend  the backend name reported by {@link #backend()}
     * @throws IllegalArgumentException if {@code capacity} is out of range
     * @throws NullPointerException     if {@code backend} is null
     */
    public LinkedEventQueue(int capacity, String backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.stub = Checks.checkCapacity(capacity);
        this.link = new int[capacity + 1];
        link[stub] = NIL;
        cursors[TAIL] = stub;
        cursors[HEAD] = stub;
    }

    @Override
    public boolean notify(Token token) {
        return notify(Objects.requireNonNull(token, "token").index());
    }

    @Override
    public boolean notify(int tokenIndex) {
        if (tokenIndex < 0 || tokenIndex >= stub) {
            throw Checks.tokenOutOfRange(tokenIndex, stub);
        }
        if (!arm(tokenIndex)) {
            return false;
        }
        link(swapTail(tokenIndex), tokenIndex);
        return true;
    }

    /**
     * Moves a token from idle to pending, unless it is pending already.
     *
     * @param token a token index in range
     * @return {@code true} if this call made it pending (the caller must push it)
     */
    boolean arm(int token) {
        final int[] l = link;
        while (true) {
            // Ordering 3: a plain read keeps the line shared while the token is pending; a
            // pending state only counts after a full fence has ordered the caller's data
            // writes before the re-read.
            if ((int) INT.getOpaque(l, token) != IDLE) {
                VarHandle.fullFence();
                if ((int) INT.getVolatile(l, token) != IDLE) {
                    return false;
                }
            }
            // Success is a volatile read and write: it orders the caller's data writes before
            // the push, and acquires the consumer's re-arm (its last use of this link).
            // Failure means another producer armed it: loop to confirm after a fence.
            if (INT.compareAndSet(l, token, IDLE, NIL)) {
                return true;
            }
        }
    }

    /**
     * Makes {@code node} the tail. One {@code getAndSet}: wait-free.
     *
     * @param node an armed token, or the stub
     * @return the previous tail, which must now be linked to {@code node}
     */
    int swapTail(int node) {
        return (int) INT.getAndSet(cursors, TAIL, node);
    }

    /**
     * Links {@code prev} to its successor {@code node}, ending a push.
     *
     * @param prev the tail {@link #swapTail(int)} returned
     * @param node the node that replaced it
     */
    void link(int prev, int node) {
        // Ordering 1: release, pairing with the consumer's acquire load of link[prev]; it
        // publishes the caller's data writes and link[node] == NIL.
        INT.setRelease(link, prev, node + 1);
    }

    @Override
    public int poll(Events events) {
        return poll(events, Integer.MAX_VALUE);
    }

    @Override
    public int poll(Events events, int limit) {
        Objects.requireNonNull(events, "events");
        Checks.checkLimit(limit);
        events.clear();
        final int[] l = link;
        final int[] c = cursors;
        int drained = 0;
        while (drained < limit) {
            int h = c[HEAD];
            int next = (int) INT.getAcquire(l, h);
            if (h == stub) {
                if (next == NIL) {
                    break;
                }
                h = next - 1;
                c[HEAD] = h;
                next = (int) INT.getAcquire(l, h);
            }
            if (next == NIL) {
                if ((int) INT.getAcquire(c, TAIL) == h) {
                    // h is truly last: push the stub behind it so that it gains a successor.
                    pushStub();
                }
                // Either a producer swapped the tail past h and is about to link it, or the
                // stub push above (or a producer that swapped first) links it.
                next = awaitLink(h);
            }
            events.add(h);
            c[HEAD] = next - 1;
            drained++;
        }
        if (drained != 0) {
            // Re-arm, now that no entry refers to any delivered node, and only after the loop
            // so that no token can be re-queued into this same poll. Release: the reads of
            // link[t] above happen before a producer that sees IDLE pushes t again.
            for (int i = 0; i < drained; i++) {
                INT.setRelease(l, events.index(i), IDLE);
            }
            // Ordering 2 (StoreLoad): every re-arm above becomes visible before the caller
            // reads the data of the tokens it was given.
            VarHandle.fullFence();
        }
        return drained;
    }

    /**
     * Waits for the push in flight behind {@code node} to link it: that producer has swapped
     * the tail and its next step is the link.
     *
     * @param node a node whose successor has been swapped into the tail
     * @return its link value, {@code successor + 1}
     */
    private int awaitLink(int node) {
        int next;
        while ((next = (int) INT.getAcquire(link, node)) == NIL) {
            Thread.onSpinWait();
        }
        return next;
    }

    /** Pushes the stub behind the current tail. Consumer only, and only when it is unlinked. */
    private void pushStub() {
        // Plain: the tail swap that follows is a full barrier, and nobody else writes the
        // stub's link while it is out of the list.
        link[stub] = NIL;
        link(swapTail(stub), stub);
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
        return stub;
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
        return "EventQueue[backend=" + backend + ", capacity=" + stub + "]";
    }
}
