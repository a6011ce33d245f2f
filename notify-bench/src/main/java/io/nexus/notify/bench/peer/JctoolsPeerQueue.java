package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.NotifyException;
import io.nexus.notify.Poller;
import io.nexus.notify.spi.EventsAppender;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jctools.queues.MpscArrayQueue;

/**
 * The peer an experienced user would hand-roll: a JCTools {@link MpscArrayQueue} of
 * preallocated {@link Integer} boxes behind an {@link AtomicIntegerArray} of pending flags.
 *
 * <p>{@code notify} swaps the flag to 1 ({@code getAndSet}, a full barrier) and offers the box
 * only when it was 0, so a token is never queued twice and the queue, sized for the capacity,
 * never fills. {@code poll} makes room in the batch first (through {@link EventsAppender}),
 * takes boxes with {@code relaxedPoll} (the queue's acquire; it stops at a slot claimed but
 * not yet written instead of waiting for its producer), then clears their flags with release
 * stores and issues one full fence, so that the clears are visible before the caller reads the
 * tokens' data (the store&rarr;load race of a conflated notify); the flags are cleared after
 * the takes, so no token is queued again into the same poll. The engine's contract and number
 * of barriers without its test-before-swap shortcut; nothing allocated per operation.
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
        boxes = Subjects.boxes(capacity);
        queue = new MpscArrayQueue<>(Math.max(2, capacity));
        pending = new AtomicIntegerArray(capacity);
    }

    @Override
    public boolean notify(int tokenIndex) {
        Subjects.checkToken(tokenIndex, boxes.length);
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
        Subjects.checkLimit(limit);
        Objects.requireNonNull(events, "events");
        events.clear();
        // As the engine: an empty queue costs one look at its head; a poll returns at most
        // capacity tokens, and grows the batch (before taking anything) only for what is queued.
        if (queue.relaxedPeek() == null) {
            return 0;
        }
        int max = Math.min(limit, boxes.length);
        if (events.capacity() < max) {
            max = Math.min(max, queue.size());
        }
        final int[] into = EventsAppender.reserve(events, max);
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
            EventsAppender.commit(events, drained);
            VarHandle.fullFence();
        }
        return drained;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Strict: the JCTools queue bumps its producer index when a producer claims a slot.
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
