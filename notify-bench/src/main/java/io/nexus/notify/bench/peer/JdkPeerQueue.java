package io.nexus.notify.bench.peer;

import io.nexus.notify.Events;
import java.lang.invoke.VarHandle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The peer written with the JDK alone: a {@link ConcurrentLinkedQueue} of the tokens' boxes
 * for FIFO order and a {@link ConcurrentHashMap#newKeySet() concurrent set} for dedup.
 *
 * <p>A token is pending while in the set; {@code notify} queues it only if its {@code add}
 * succeeded. A new notification's earlier writes happen-before the poll taking its box (the
 * collections' memory-consistency guarantee); a refused {@code add} may answer from a plain
 * acquire read of the map's bin, which lets the caller's earlier writes pass it (trap 3 of
 * docs/memory-ordering.md), so it is confirmed after a full fence, as the engine does; the set's
 * {@code remove} (atomics and the bin's lock) is ordered before the caller reads the token's
 * data. A queue node and a map entry per new notification: what this peer costs a user.
 */
public final class JdkPeerQueue extends PeerQueue {

    private final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
    private final Set<Integer> pending = ConcurrentHashMap.newKeySet();

    /** Creates an empty peer queue of {@code capacity} tokens; checks it as the backends do. */
    JdkPeerQueue(int capacity) {
        super(capacity);
    }

    @Override
    public boolean notify(int token) {
        final Integer box = boxes[checkToken(token)];
        if (!pending.add(box)) {
            VarHandle.fullFence();
            if (!pending.add(box)) {
                return false;
            }
        }
        queue.offer(box);
        return true;
    }

    @Override
    boolean headEmpty() {
        return queue.peek() == null;
    }

    @Override
    int queued() {
        return pending.size();
    }

    @Override
    Integer take() {
        return queue.poll();
    }

    @Override
    void release(int[] taken, int count, Events events) {
        for (int i = 0; i < count; i++) {
            pending.remove(boxes[taken[i]]);
        }
        events.commit(count);
    }

    /** {@inheritDoc} Strict: a {@link ConcurrentLinkedQueue} links a node in one atomic step. */
    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    @Override
    public String backend() {
        return Subjects.JDK_PEER;
    }
}
