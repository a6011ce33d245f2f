package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.spi.Checks;
import java.util.Objects;

/**
 * What both peers share: one object for the queue's faces, boxes of the tokens made once, the
 * backends' argument checks ({@link Checks}), and the poll: as the engine, it looks once at an empty queue's head,
 * grows the batch first only for what is queued ({@link Events#reserve}), takes at most
 * capacity boxes, and only then re-arms their tokens, so none is queued again into the same poll.
 */
abstract class PeerQueue implements EventQueue, Notifier, Poller {

    final Integer[] boxes;

    PeerQueue(int capacity) {
        boxes = new Integer[Checks.checkCapacity(capacity)];
        for (int i = 0; i < capacity; i++) {
            boxes[i] = i;
        }
    }

    /** Checks a token as the backends do, with their message, and returns it. */
    final int checkToken(int token) {
        if (Integer.compareUnsigned(token, boxes.length) >= 0) {
            throw Checks.tokenOutOfRange(token, boxes.length);
        }
        return token;
    }

    /** Whether the queue's head is empty, at the cost of one look. */
    abstract boolean headEmpty();

    /** How many tokens are queued, at most. */
    abstract int queued();

    /** Takes the oldest box, or {@code null} if none is ready. */
    abstract Integer take();

    /** Re-arms the tokens taken and commits them to the batch, with the fences they need. */
    abstract void release(int[] taken, int count, Events events);

    @Override
    public final int poll(Events events, int limit) {
        Checks.checkLimit(limit);
        Objects.requireNonNull(events, "events");
        events.clear();
        if (headEmpty()) {
            return 0;
        }
        int max = Math.min(limit, boxes.length);
        if (events.capacity() < max) {
            max = Math.min(max, queued());
        }
        final int[] into = events.reserve(max);
        int drained = 0;
        Integer box;
        while (drained < max && (box = take()) != null) {
            into[drained++] = box;
        }
        release(into, drained, events);
        return drained;
    }

    @Override
    public final Notifier notifier() {
        return this;
    }

    @Override
    public final Poller poller() {
        return this;
    }

    @Override
    public final int capacity() {
        return boxes.length;
    }
}
