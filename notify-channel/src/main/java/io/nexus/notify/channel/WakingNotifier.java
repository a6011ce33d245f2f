package io.nexus.notify.channel;

import io.nexus.notify.Notifier;

/**
 * The {@link SelectorWaker#notifier()}: the queue's notify, then, for a token that became
 * newly pending, the waker's check whether the loop must be woken.
 */
final class WakingNotifier implements Notifier {

    private final SelectorWaker waker;
    private final Notifier queue;

    WakingNotifier(SelectorWaker waker, Notifier queue) {
        this.waker = waker;
        this.queue = queue;
    }

    @Override
    public boolean notify(int token) {
        // The queue checks the index (IndexOutOfBoundsException, nothing changed) and decides
        // conflation. A conflated notify does nothing more: see SelectorWaker's class notes.
        if (!queue.notify(token)) {
            return false;
        }
        waker.wakeIfBlocking();
        return true;
    }

    @Override
    public int capacity() {
        return queue.capacity();
    }

    /**
     * Describes the notifier.
     *
     * @return the waker it notifies through
     */
    @Override
    public String toString() {
        return "Notifier[" + waker + "]";
    }
}
