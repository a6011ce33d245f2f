package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.spi.EventsAppender;
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
 * <p>A token is pending while it is in the set; {@code notify} queues it only if its
 * {@code add} succeeded, so it is never queued twice. Orderings: a new notification's earlier
 * writes happen-before the poll that takes its box (the collections' memory-consistency
 * guarantee); a refused {@code add} may answer from a plain acquire read of the map's bin,
 * which lets the caller's earlier writes pass it (the store&rarr;load race of trap 3 in
 * docs/memory-ordering.md), so it is confirmed after a full fence, as the engine does; the
 * set's {@code remove} (atomic operations and the bin's lock) is ordered before the caller
 * reads the token's data. {@code poll} makes room in the batch first (through
 * {@link EventsAppender}, as the backends do), takes boxes, and only then removes them from
 * the set, so no token is queued again into the same poll. What it allocates is a queue node
 * and a map entry per new notification: what this peer costs a user.
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
        boxes = Subjects.boxes(capacity);
    }

    @Override
    public boolean notify(int tokenIndex) {
        final Integer box = boxes[Subjects.checkToken(tokenIndex, boxes.length)];
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
        Subjects.checkLimit(limit);
        Objects.requireNonNull(events, "events");
        events.clear();
        // As the engine: an empty queue costs one look at its head; a poll returns at most
        // capacity tokens, and grows the batch (before taking anything) only for what is queued.
        if (queue.peek() == null) {
            return 0;
        }
        int max = Math.min(limit, boxes.length);
        if (events.capacity() < max) {
            max = Math.min(max, pending.size());
        }
        final int[] into = EventsAppender.reserve(events, max);
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
        EventsAppender.commit(events, drained);
        return drained;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Strict: a {@link ConcurrentLinkedQueue} links a node in one atomic step.
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
