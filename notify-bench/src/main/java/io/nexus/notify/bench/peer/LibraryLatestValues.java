package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.value.LatestValues;
import io.nexus.notify.value.TokenValueConsumer;

/**
 * The library's latest values over one of its backends: {@link LatestValues} over the queue's
 * notifier, drained by a poll into a reused {@link Events} and {@link LatestValues#takeEach}.
 * This is the code a user of the library writes.
 *
 * @param <V> the value type
 */
final class LibraryLatestValues<V> implements LatestValueStore<V> {

    private final LatestValues<V> values;
    private final Poller poller;
    private final Events events;

    /**
     * Builds the values over a new queue.
     *
     * @param queue the backend's queue, empty
     */
    LibraryLatestValues(EventQueue queue) {
        values = LatestValues.over(queue.notifier(), queue.capacity());
        poller = queue.poller();
        events = Events.withCapacity(queue.capacity());
    }

    @Override
    public boolean publish(int token, V value) {
        return values.publish(token, value);
    }

    @Override
    public int drain(TokenValueConsumer<? super V> action) {
        poller.poll(events);
        return values.takeEach(events, action);
    }
}
