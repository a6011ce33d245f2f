package io.nexus.notify.spi;

import io.nexus.notify.Events;
import io.nexus.notify.internal.EventsAccess;

/**
 * How a backend's {@link io.nexus.notify.Poller} appends to an {@link Events} batch: the one
 * write path into a batch, kept out of the user API so that users only read batches.
 *
 * <p>A poll that takes tokens out of its queue should make room <em>before</em> it takes
 * anything, so that an {@link OutOfMemoryError} while the batch grows leaves every token still
 * pending:
 *
 * <pre>{@code
 * events.clear();
 * int max = Math.min(limit, queuedNow());               // never grow for more than is queued
 * int[] into = EventsAppender.reserve(events, max);    // may throw; nothing taken yet
 * int n = takeInto(into, events.size(), max);          // must not throw
 * EventsAppender.commit(events, n);
 * }</pre>
 */
public final class EventsAppender {

    private static final EventsAccess.Storage STORAGE = EventsAccess.get();

    private EventsAppender() {
    }

    /**
     * Makes room for {@code count} more indices and returns the batch's backing array. Write
     * them at positions {@code [events.size(), events.size() + count)}, then
     * {@link #commit(Events, int)} how many were written. The array is valid until the next
     * {@code reserve} or {@code append}. A failed allocation leaves the batch as it was.
     *
     * @param events the batch
     * @param count  how many indices may be written, {@code >= 0}
     * @return the backing array, with room for {@code count} more indices
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code count} is negative or too large for an array
     */
    public static int[] reserve(Events events, int count) {
        return STORAGE.reserve(events, count);
    }

    /**
     * Counts {@code count} indices written into room made by {@link #reserve(Events, int)}.
     *
     * @param events the batch
     * @param count  how many were written, {@code >= 0}
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code count} is negative or exceeds the room
     */
    public static void commit(Events events, int count) {
        STORAGE.commit(events, count);
    }

    /**
     * Appends one index, growing the batch if needed.
     *
     * @param events     the batch
     * @param tokenIndex the index to append, {@code >= 0}
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code tokenIndex} is negative
     */
    public static void append(Events events, int tokenIndex) {
        if (tokenIndex < 0) {
            throw new IllegalArgumentException("token index must be >= 0, was " + tokenIndex);
        }
        final int[] into = STORAGE.reserve(events, 1);
        into[events.size()] = tokenIndex;
        STORAGE.commit(events, 1);
    }
}
