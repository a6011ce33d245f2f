package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The peer written with the JDK alone: a {@link ConcurrentLinkedQueue} of preallocated
 * {@link Integer} boxes for FIFO order and a {@link ConcurrentHashMap#newKeySet() concurrent
 * set} for dedup.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>A token is pending while it is in the set. {@code notify} queues it only if its
 * {@code add} to the set succeeded, so it is never queued twice; {@code poll} removes the token
 * from the queue, then from the set. Orderings:
 * <ul>
 *   <li>new notification: data written before {@code notify} happens-before the poll that
 *       takes the box, by the concurrent collections' memory-consistency guarantee;</li>
 *   <li>conflated notification: {@code add} of a present key may answer from a plain acquire
 *       read of the map's bin, which lets the caller's earlier data writes pass it (the
 *       store&rarr;load race of trap 3 in docs/memory-ordering.md). A refused {@code add} is
 *       therefore confirmed after a full fence, as the library's engine does;</li>
 *   <li>re-arming: the set's {@code remove} updates the map with atomic operations (a full
 *       barrier on x86 and a lock on the bin), so it is ordered before the caller reads the
 *       token's data.</li>
 * </ul>
 * {@code poll} makes room in the batch first (through {@link Events#reserve}, as the library's
 * backends do), for at most what the set holds, then takes boxes from the queue, and only then
 * removes them from the set, so that no token can be queued again into the same poll.
 * Boxes are preallocated, so what is left to allocate is the queue's node and the map's entry
 * per new notification: what this peer costs a user.
 */
public final class JdkPeerQueue implements EventQueue, Notifier, Poller {

    private final Integer[] boxes;
    private final ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
    private final Set<Integer> pending = ConcurrentHashMap.newKeySet();

    /**
     * Creates an empty peer queue.
     *
     * @param capacity the number of tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @throws IllegalArgumentException if {@code capacity} is out of that range
     */
    public JdkPeerQueue(int capacity) {
        boxes = new Integer[PeerChecks.checkCapacity(capacity)];
        for (int i = 0; i < capacity; i++) {
            boxes[i] = i;
        }
    }

    @Override
    public boolean notify(int tokenIndex) {
        final Integer box = boxes[PeerChecks.checkToken(tokenIndex, boxes.length)];
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
    public int poll(Events events, int limit) {
        PeerChecks.checkLimit(limit);
        Objects.requireNonNull(events, "events");
        events.clear();
        // As the engine: an empty queue costs one look at its head and nothing more; a poll
        // never returns more than capacity tokens, and grows the batch (before taking
        // anything) only for what is queued.
        if (queue.peek() == null) {
            return 0;
        }
        int max = Math.min(limit, boxes.length);
        if (events.capacity() < max) {
            max = Math.min(max, pending.size());
        }
        final int[] into = events.reserve(max);
        int drained = 0;
        while (drained < max) {
            final Integer box = queue.poll();
            if (box == null) {
                break;
            }
            into[drained++] = box;
        }
        for (int i = 0; i < drained; i++) {
            pending.remove(boxes[into[i]]);
        }
        events.commit(drained);
        return drained;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Strict: a {@link ConcurrentLinkedQueue} links a node in one atomic step, so no entry
     * is ever claimed but unwritten.
     */
    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
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
        return boxes.length;
    }

    @Override
    public String backend() {
        return Subjects.JDK_PEER;
    }
}
