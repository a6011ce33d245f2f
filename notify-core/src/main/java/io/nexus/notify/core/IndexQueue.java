package io.nexus.notify.core;

import io.nexus.notify.Events;

/**
 * A multi-producer, single-consumer FIFO of token indices: the part of a backend that the
 * {@link ConflatingEventQueue} engine plugs in.
 *
 * <p>The engine guarantees that an index is never in the queue twice, so a queue with room
 * for {@code capacity} entries can never be full. Implementations must:
 * <ul>
 *   <li>give {@link #offer(int)} release semantics: writes made before an offer are visible to
 *       the consumer once {@link #poll()} returns that index;</li>
 *   <li>give {@link #poll()} acquire semantics, and be done with every piece of the queue's
 *       own state for the returned index when it returns (the engine re-arms the index right
 *       after, and a producer may then offer it again);</li>
 *   <li>never allocate on either path.</li>
 * </ul>
 */
public interface IndexQueue {

    /**
     * Appends an index. Called by any producer thread.
     *
     * @param index a token index in {@code [0, capacity)}, not currently in the queue
     * @return {@code true} if queued; {@code false} only if the queue is full, which the
     *     engine reports as a broken invariant
     */
    boolean offer(int index);

    /**
     * Removes the oldest index. Called by the single consumer thread only.
     *
     * @return the index, or {@code -1} if nothing is visible yet
     */
    int poll();

    /**
     * Moves up to {@code limit} of the oldest indices into {@code events}, in order. Called by
     * the single consumer thread only. The default calls {@link #poll()} per index; a queue
     * can do better in one pass (one read and one write of its consumer cursor).
     *
     * <p>The engine follows every non-empty drain with a full fence before it re-arms or
     * returns, which gives the loads made here acquire semantics; an override may therefore
     * read its slots with opaque loads. It must still be done with its own state for each
     * returned index when it returns.
     *
     * @param events where to append the indices (not cleared here)
     * @param limit  the most indices to move, {@code >= 0}
     * @return the number of indices moved
     */
    default int drain(Events events, int limit) {
        int drained = 0;
        while (drained < limit) {
            final int index = poll();
            if (index < 0) {
                break;
            }
            events.add(index);
            drained++;
        }
        return drained;
    }
}
