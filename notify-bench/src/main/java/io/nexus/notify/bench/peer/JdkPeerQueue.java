package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.Token;
import io.nexus.notify.spi.Checks;
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
 *       store&rarr;load race of trap 3 in docs/memory-ordering.md). A refused {@code add} is therefore confirmed
 *       after a full fence, as the library's engine does;</li>
 *   <li>re-arming: the set's {@code remove} updates the map with atomic operations (a full
 *       barrier on x86 and a lock on the bin), so it is ordered before the caller reads the
 *       token's data.</li>
 * </ul>
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
     */
    public JdkPeerQueue(int capacity) {
        boxes = new Integer[Checks.checkCapacity(capacity)];
        for (int i = 0; i < capacity; i++) {
            boxes[i] = i;
        }
    }

    @Override
    public boolean notify(Token token) {
        return notify(Objects.requireNonNull(token, "token").index());
    }

    @Override
    public boolean notify(int tokenIndex) {
        if (tokenIndex < 0 || tokenIndex >= boxes.length) {
            throw Checks.tokenOutOfRange(tokenIndex, boxes.length);
        }
        final Integer box = boxes[tokenIndex];
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
    public int poll(Events events) {
        return poll(events, Integer.MAX_VALUE);
    }

    @Override
    public int poll(Events events, int limit) {
        Objects.requireNonNull(events, "events");
        Checks.checkLimit(limit);
        events.clear();
        int drained = 0;
        while (drained < limit) {
            final Integer box = queue.poll();
            if (box == null) {
                break;
            }
            pending.remove(box);
            events.add(box);
            drained++;
        }
        return drained;
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
