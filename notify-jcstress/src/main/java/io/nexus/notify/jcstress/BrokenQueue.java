package io.nexus.notify.jcstress;

import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A conflating queue with one deliberate memory-ordering flaw, for the {@code Broken*} jcstress
 * tests. Never use it for anything else.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>One pending flag per token in front of a {@link ConcurrentLinkedQueue} of token indices
 * (small {@link Integer}s are cached, so nothing is allocated per notify). Apart from its
 * {@link Flaw}, it follows the real engine: notify swaps the flag and queues only on a
 * 0&rarr;1 swap; poll takes indices from the queue, then clears their flags with release
 * stores. The first two flaws each remove one store&rarr;load barrier, the one that trap 1 and
 * the one that trap 3 in docs/memory-ordering.md call for; the third splits the 0&rarr;1 swap
 * into a read and a write. Each lets a litmus test show the outcome its contract test forbids.
 * Poll appends through {@link Events#reserve}, as a backend does.
 */
final class BrokenQueue implements Notifier, Poller {

    /** Which barrier is missing. */
    enum Flaw {
        /** Poll clears flags with release stores and no full fence before returning. */
        RELEASE_ONLY_CLEAR,
        /** Notify conflates on a plain read of a set flag, with no full fence before it. */
        UNFENCED_CONFLATION,
        /** Notify claims the token with a volatile read then a volatile write, not one swap. */
        NON_ATOMIC_CLAIM
    }

    /** Access to the elements of {@link #pending}: one byte per token, 0 idle, 1 pending. */
    private static final VarHandle FLAG = MethodHandles.arrayElementVarHandle(byte[].class);

    private final byte[] pending;
    private final Queue<Integer> queue = new ConcurrentLinkedQueue<>();
    private final Flaw flaw;

    /**
     * Creates an empty queue.
     *
     * @param capacity the number of tokens
     * @param flaw     the barrier to leave out
     */
    BrokenQueue(int capacity, Flaw flaw) {
        this.pending = new byte[capacity];
        this.flaw = Objects.requireNonNull(flaw, "flaw");
    }

    @Override
    public boolean notify(int token) {
        // UNFENCED_CONFLATION: a plain read of the flag may run before this thread's earlier
        // data store is visible (store->load), which is the flaw under test.
        if (flaw == Flaw.UNFENCED_CONFLATION && (byte) FLAG.get(pending, token) != 0) {
            return false;
        }
        if (flaw == Flaw.NON_ATOMIC_CLAIM) {
            // Two producers can both read 0 before either writes 1: both queue the token.
            if ((byte) FLAG.getVolatile(pending, token) != 0) {
                return false;
            }
            FLAG.setVolatile(pending, token, (byte) 1);
        } else if ((byte) FLAG.getAndSet(pending, token, (byte) 1) != 0) {
            // The swap is a full barrier: it orders the caller's data store before the flag read.
            return false;
        }
        queue.offer(token);
        return true;
    }

    @Override
    public int poll(Events events, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        events.clear();
        Integer token;
        while (events.size() < limit && (token = queue.poll()) != null) {
            events.append(token);
        }
        // Re-arm after the drain, as the engine does, so that no token reaches this poll twice.
        final int drained = events.size();
        for (int i = 0; i < drained; i++) {
            // Release only: the caller's next data load may pass this store.
            FLAG.setRelease(pending, events.index(i), (byte) 0);
        }
        // RELEASE_ONLY_CLEAR leaves out the StoreLoad fence that orders the clears before
        // the caller's data reads, which is the flaw under test.
        if (drained != 0 && flaw != Flaw.RELEASE_ONLY_CLEAR) {
            VarHandle.fullFence();
        }
        return drained;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Strict: a token counts from the moment its producer sets the flag, before it reaches
     * the queue, and the flag stays set until the poll that took the token returns.
     */
    @Override
    public boolean isEmpty() {
        for (int t = 0; t < pending.length; t++) {
            if ((byte) FLAG.getVolatile(pending, t) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int capacity() {
        return pending.length;
    }
}
