package io.nexus.notify.lincheck;

import java.util.ArrayDeque;

/**
 * The sequential model of an event queue that {@link OneProducerOneConsumer} is checked
 * against: a pending set in front of a FIFO. A notify of an idle token queues it at the back
 * and returns {@code true}; a notify of a pending token changes nothing and returns
 * {@code false}. A poll with a limit of at least one takes the oldest token and re-arms it.
 *
 * <p>Lincheck matches its methods to the operations of the checked class by name and
 * parameter types.
 */
public final class ConflatingFifo {

    private final boolean[] pending = new boolean[OneProducerOneConsumer.TOKENS];
    private final ArrayDeque<Integer> order = new ArrayDeque<>();

    /** Creates an empty model: no token pending. */
    public ConflatingFifo() {
    }

    /**
     * Queues {@code token} unless it is pending.
     *
     * @param token the token index
     * @return {@code true} if the token was idle and is now queued
     */
    public boolean notify(int token) {
        if (pending[token]) {
            return false;
        }
        pending[token] = true;
        order.addLast(token);
        return true;
    }

    /**
     * Takes the oldest pending token if {@code limit} allows one, and re-arms it.
     *
     * @param limit the most tokens to take
     * @return the token taken, or {@code -1} if none was
     */
    public int poll(int limit) {
        if (limit == 0 || order.isEmpty()) {
            return -1;
        }
        final int token = order.removeFirst();
        pending[token] = false;
        return token;
    }
}
