package io.nexus.notify.core.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.core.ConflatingEventQueue;
import io.nexus.notify.core.IndexQueue;
import io.nexus.notify.core.IndexQueueContract;
import org.junit.jupiter.api.Test;

/** The provider, and its queue held to the {@link IndexQueueContract}. */
class AgronaProviderTest extends IndexQueueContract {

    @Test
    void isAvailableWithTheJarAndBuildsTheEngineOverAgrona() {
        final AgronaProvider provider = new AgronaProvider();
        assertEquals("agrona", provider.name());
        assertEquals(40, provider.priority());
        assertTrue(provider.isAvailable(), () -> provider.unavailableReason().orElse(""));
        final EventQueue q = provider.create(3);
        assertInstanceOf(ConflatingEventQueue.class, q);
        assertEquals("agrona", q.backend());
        assertEquals(3, q.capacity());
        q.notifier().notify(2);
        final Events events = Events.withCapacity(3);
        assertEquals(1, q.poller().poll(events));
        assertArrayEquals(new int[] {2}, events.toArray());
    }

    @Override
    protected IndexQueue newQueue(int capacity) {
        return AgronaIndexQueue.create(capacity);
    }
}
