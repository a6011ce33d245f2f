package io.nexus.notify.bench.peer;

import io.nexus.notify.Events;
import io.nexus.notify.NotifyException;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jctools.queues.MpscArrayQueue;

/**
 * The peer an experienced user would hand-roll: a JCTools {@link MpscArrayQueue} of the
 * tokens' boxes behind an {@link AtomicIntegerArray} of pending flags.
 *
 * <p>{@code notify} swaps the flag to 1 ({@code getAndSet}, a full barrier) and offers the box
 * only when it was 0, so a token is never queued twice and the queue, sized for the capacity,
 * never fills. A poll takes boxes with {@code relaxedPoll} (the queue's acquire; it stops at a
 * slot claimed but not yet written instead of waiting for its producer), then clears their
 * flags with release stores and issues one full fence, so that the clears are visible before
 * the caller reads the tokens' data (the store&rarr;load race of a conflated notify). The
 * engine's contract and barriers without its test-before-swap; nothing allocated per operation.
 */
public final class JctoolsPeerQueue extends PeerQueue {

    private final MpscArrayQueue<Integer> queue;
    private final AtomicIntegerArray pending;

    /** Creates an empty peer queue of {@code capacity} tokens; checks it as the backends do. */
    JctoolsPeerQueue(int capacity) {
        super(capacity);
        queue = new MpscArrayQueue<>(Math.max(2, capacity));
        pending = new AtomicIntegerArray(capacity);
    }

    @Override
    public boolean notify(int token) {
        if (pending.getAndSet(checkToken(token), 1) != 0) {
            return false;
        }
        if (!queue.offer(boxes[token])) {
            pending.set(token, 0);
            throw new NotifyException(token, "peer queue full at token " + token);
        }
        return true;
    }

    @Override
    boolean headEmpty() {
        return queue.relaxedPeek() == null;
    }

    @Override
    int queued() {
        return queue.size();
    }

    @Override
    Integer take() {
        return queue.relaxedPoll();
    }

    @Override
    void release(int[] taken, int count, Events events) {
        if (count != 0) {
            for (int i = 0; i < count; i++) {
                pending.lazySet(taken[i], 0);
            }
            events.commit(count);
            VarHandle.fullFence();
        }
    }

    /** {@inheritDoc} Strict: the queue bumps its producer index when a producer claims a slot. */
    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    @Override
    public String backend() {
        return Subjects.JCTOOLS_PEER;
    }
}
