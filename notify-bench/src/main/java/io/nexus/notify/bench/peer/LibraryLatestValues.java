package io.nexus.notify.bench.peer;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.value.LatestValues;
import io.nexus.notify.value.TokenValueConsumer;

/** The code a user of the library writes: {@link LatestValues} over a backend's queue. */
final class LibraryLatestValues<V> implements LatestValueStore<V> {

    private final LatestValues<V> values;
    private final Poller poller;
    private final Events events;

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
