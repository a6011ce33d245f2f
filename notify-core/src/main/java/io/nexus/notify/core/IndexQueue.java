package io.nexus.notify.core;

/**
 * A multi-producer, single-consumer FIFO of token indices: the part of a backend that the
 * {@link ConflatingEventQueue} engine plugs in. A third-party backend may implement it and
 * run the engine over it; the conformance kit in {@code notify-tests} then proves the result.
 *
 * <p>The engine guarantees that an index is never in the queue twice, so a queue with room
 * for {@code capacity} entries can never be full. Implementations must:
 * <ul>
 *   <li>give {@link #offer(int)} release semantics: writes made before an offer are visible to
 *       the consumer once {@link #drain} returns that index (the engine's full fence after a
 *       non-empty drain supplies the acquire half);</li>
 *   <li>claim an entry in {@link #offer(int)} with a sequentially consistent action (a
 *       volatile write or a read-modify-write such as {@code getAndAdd} or
 *       {@code compareAndSet}) that {@link #isEmpty()} and {@link #size()} read: the
 *       {@link io.nexus.notify.Notifier} contract, on which a channel's fence-free sender
 *       relies;</li>
 *   <li>never wait in {@link #drain}: stop at the first entry that is claimed but not yet
 *       written, and leave it and everything behind it for a later drain;</li>
 *   <li>be done with every piece of their own state for each index {@link #drain} returns (the
 *       engine re-arms those indices, and a producer may then offer them again);</li>
 *   <li>never throw from {@link #drain}, {@link #hasNext()}, {@link #size()} or
 *       {@link #isEmpty()}, and never allocate on any path.</li>
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
     * Moves up to {@code max} of the oldest indices into {@code into}, from {@code offset} on,
     * in order. Called by the single consumer thread only. Stops early, without waiting, at an
     * empty queue or at an entry claimed but not yet written.
     *
     * @param into   where to write the indices; has room for {@code max} from {@code offset}
     * @param offset the first position to write
     * @param max    the most indices to move, {@code >= 0}
     * @return the number of indices moved
     */
    int drain(int[] into, int offset, int max);

    /**
     * Tells whether {@link #drain} would move at least one index now: the oldest entry is
     * written. Called by the consumer thread only, first in every poll, so it is the whole
     * cost of polling an empty queue: make it one load where the queue allows. Like
     * {@link #drain} it never waits; the engine gives it no ordering of its own (a
     * {@code true} is followed by the drain, which reads the entry again).
     *
     * @return {@code true} if the oldest entry is claimed and written
     */
    boolean hasNext();

    /**
     * Returns an upper bound on what {@link #drain} could move now: every entry claimed and
     * not yet taken, written or not. Called by the consumer thread only; used to size the
     * batch before a drain, so it should be cheap.
     *
     * @return the number of entries claimed and not yet taken, {@code >= 0}
     */
    int size();

    /**
     * Tells whether the queue is empty, strictly: an entry claimed by a producer but not yet
     * written counts. Called by the consumer thread only.
     *
     * @return {@code true} if no entry is claimed and not yet taken
     */
    boolean isEmpty();
}
