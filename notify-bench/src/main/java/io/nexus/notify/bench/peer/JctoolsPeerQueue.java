package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.NotifyException;
import io.nexus.notify.Poller;
import io.nexus.notify.Token;
import io.nexus.notify.spi.Checks;
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
 * capacity, never fills. {@code poll} takes a box (the queue's acquire), clears its flag with
 * a release store ({@code lazySet}) and, after the last clear of a non-empty poll, issues one
 * full fence so that the clears are visible before the caller reads the tokens' data (the
 * store&rarr;load race of a conflated notify). This is the same contract and the same number of
 * barriers as the library's engine, without its test-before-swap shortcut: what a careful user
 * would write. Nothing is allocated per operation.
 */
public final class JctoolsPeerQueue implements EventQueue, Notifier, Poller {

    private final Integer[] boxes;
    private final MpscArrayQueue<Integer> queue;
    private final AtomicIntegerArray pending;

    /**
     * Creates an empty peer queue.
     *
     * @param capacity the number of tokens, in {@code [1, EventQueue.MAX_CAPACITY]}
     */
    public JctoolsPeerQueue(int capacity) {
        boxes = new Integer[Checks.checkCapacity(capacity)];
        for (int i = 0; i < capacity; i++) {
            boxes[i] = i;
        }
        queue = new MpscArrayQueue<>(Math.max(2, capacity));
        pending = new AtomicIntegerArray(capacity);
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
            final int tokenIndex = box;
            pending.lazySet(tokenIndex, 0);
            events.add(tokenIndex);
            drained++;
        }
        if (drained != 0) {
            VarHandle.fullFence();
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
        return Subjects.JCTOOLS_PEER;
    }
}
