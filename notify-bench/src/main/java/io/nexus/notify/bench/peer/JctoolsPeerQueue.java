package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.NotifyException;
import io.nexus.notify.Poller;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jctools.queues.MpscArrayQueue;

/**
 * The peer an experienced user would hand-roll: a JCTools {@link MpscArrayQueue} of
 * preallocated {@link Integer} boxes behind an {@link AtomicIntegerArray} of pending flags.
 *
 * <h2>Implementation notes</h2>
 *
 * <p>{@code notify} swaps the flag to 1 ({@code getAndSet}, a full barrier) and offers the box
 * only when the flag was 0, so a token is never queued twice and the queue, sized for the
 * capacity, never fills. {@code poll} makes room in the batch first (through
 * {@link Events#reserve}, as the library's backends do), takes boxes with
 * {@code relaxedPoll} (the queue's acquire; it stops at a slot claimed but not yet written
 * instead of waiting for its producer), then clears their flags with release stores
 * ({@code lazySet}) and issues one full fence, so that the clears are visible before the
 * caller reads the tokens' data (the store&rarr;load race of a conflated notify). The flags
 * are cleared after the takes so that no token can be queued again into the same poll. This
 * is the same contract and the same number of barriers as the library's engine, without its
 * test-before-swap shortcut: what a careful user would write. Nothing is allocated per
 * operation once the batch has grown.
 */
public final class JctoolsPeerQueue implements EventQueue, Notifier, Poller {

    private final Integer[] boxes;
    private final MpscArrayQueue<Integer> queue;
    private final AtomicIntegerArray pending;

    /**
     * Creates an empty peer queue.
     *
     * @param capacity the number of tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     * @throws IllegalArgumentException if {@code capacity} is out of that range
     */
    public JctoolsPeerQueue(int capacity) {
        boxes = new Integer[PeerChecks.checkCapacity(capacity)];
        for (int i = 0; i < capacity; i++) {
            boxes[i] = i;
        }
        queue = new MpscArrayQueue<>(Math.max(2, capacity));
        pending = new AtomicIntegerArray(capacity);
    }

    @Override
    public boolean notify(int tokenIndex) {
        PeerChecks.checkToken(tokenIndex, boxes.length);
        if (pending.getAndSet(tokenIndex, 1) != 0) {
            return false;
        }
        if (!queue.offer(boxes[tokenIndex])) {
            pending.set(tokenIndex, 0);
            throw new NotifyException(tokenIndex, "peer queue full at token " + tokenIndex);
        }
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
        if (queue.relaxedPeek() == null) {
            return 0;
        }
        int max = Math.min(limit, boxes.length);
        if (events.capacity() < max) {
            max = Math.min(max, queue.size());
        }
        final int[] into = events.reserve(max);
        int drained = 0;
        while (drained < max) {
            final Integer box = queue.relaxedPoll();
            if (box == null) {
                break;
            }
            into[drained++] = box;
        }
        if (drained != 0) {
            for (int i = 0; i < drained; i++) {
                pending.lazySet(into[i], 0);
            }
            events.commit(drained);
            VarHandle.fullFence();
        }
        return drained;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Strict: the JCTools queue bumps its producer index when a producer claims a slot,
     * before it writes the box.
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
        return Subjects.JCTOOLS_PEER;
    }
}
