package io.nexus.notify.core.agrona;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.core.ConflatingEventQueue;
import io.nexus.notify.core.IndexQueue;
import org.junit.jupiter.api.Test;

class AgronaProviderTest {

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

    @Test
    void indexQueueIsFifoAndQueuesCanonicalBoxes() {
        final IndexQueue queue = AgronaIndexQueue.create(1000);
        for (int i = 999; i >= 0; i--) {
            assertTrue(queue.offer(i));
        }
        for (int i = 999; i >= 0; i--) {
            assertEquals(i, queue.poll());
        }
        assertEquals(-1, queue.poll());
    }
}
