package io.nexus.notify;

/**
 * The consumer side of an {@link EventQueue}: learns which tokens are ready.
 *
 * <p>A poll clears the batch it is given, moves pending tokens into it oldest first, each once,
 * and re-arms them, so that a later {@code notify} queues them again.
 *
 * <h2>Progress</h2>
 * A poll never waits for another thread: it returns what it can take at once, and its cost is
 * bounded by its limit plus a constant, whatever producers are doing. The price is one
 * deferral, the same for every backend:
 * <ul>
 *   <li>A token whose notify has returned is delivered by the first poll that starts after
 *       that notify returned (within that poll's limit: older tokens come first), unless an
 *       <em>older</em> notify is still in flight: one that claimed its place in the FIFO
 *       earlier and has not finished writing it. The poll stops at that place rather than
 *       wait, so later tokens stay queued behind it.</li>
 *   <li>They are delivered by the first poll that starts after the notify in flight has
 *       finished (and, in turn, after any older one still in flight), again within its
 *       limit. Nothing is lost and FIFO order is kept.</li>
 *   <li>How long that lasts is up to the scheduler: a producer descheduled between its claim
 *       and its write holds back the tokens behind it for as long as it is off the CPU. With
 *       16 producers on 2 CPUs, runs of empty polls lasting 36&ndash;44 ms were measured while
 *       a finished notify was undelivered. This is inherent in any array-based MPSC queue;
 *       {@link #isEmpty()} tells such a stall from an empty queue.</li>
 * </ul>
 * A batch poll is not atomic with respect to concurrent notifies: while it drains, new tokens
 * may join the back of the queue and be taken by the same poll or left for the next, and a
 * notify of a token the poll has taken but not yet re-armed returns {@code false}
 * (conflated). Such a notify is covered: its writes were made before the poll re-armed the
 * token, so they are visible to the consumer once the poll returns.
 *
 * <h2>One consumer</h2>
 * Exactly one thread may poll a queue at a time (a different thread from call to call is fine
 * given a happens-before edge between them). A queue does not check this on its hot path:
 * two threads polling at once may see a token twice, lose a re-arm, or corrupt the queue's
 * cursor. Run with assertions enabled ({@code -ea}) and the built-in backends reject a second
 * concurrent poll with an {@link AssertionError}. A channel's receiver always checks, and
 * rejects a second concurrent receive with {@link IllegalStateException}.
 */
public interface Poller {

    /**
     * Clears {@code events}, then moves at most {@code limit} pending tokens into it, oldest
     * first. The rest stay queued, in order, for the next call. The cost is bounded by
     * {@code limit}, not by the number of pending tokens.
     *
     * <p>If the batch must grow, it grows before any token is taken, and never by more than
     * what is queued at that moment: a poll that throws (an {@link OutOfMemoryError} while the
     * batch grows) leaves every token pending.
     *
     * @param events the batch to fill
     * @param limit  the most tokens to move; {@code 0} moves none
     * @return the number of tokens moved, {@code >= 0}
     * @throws NullPointerException     if {@code events} is null
     * @throws IllegalArgumentException if {@code limit} is negative; nothing changed
     */
    int poll(Events events, int limit);

    /**
     * Clears {@code events}, then moves every pending token into it, oldest first. The same as
     * {@code poll(events, Integer.MAX_VALUE)}.
     *
     * @param events the batch to fill; it grows as needed
     * @return the number of tokens moved, {@code >= 0}
     * @throws NullPointerException if {@code events} is null
     */
    default int poll(Events events) {
        return poll(events, Integer.MAX_VALUE);
    }

    /**
     * Tells whether nothing is pending, counting notifies in flight: a notify that has claimed
     * its place in the FIFO but not yet finished makes this {@code false}, although a poll
     * would not deliver its token yet. Call it from the consumer thread. A notify that races
     * with this call may or may not be counted.
     *
     * @return {@code true} if no token is queued or being queued
     */
    boolean isEmpty();

    /**
     * Returns the number of distinct tokens this queue accepts.
     *
     * @return the capacity; valid token indices are {@code [0, capacity)}
     */
    int capacity();
}
