package io.nexus.notify.core.jctools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.core.ConflatingEventQueue;
import io.nexus.notify.core.IndexQueue;
import org.junit.jupiter.api.Test;

class JctoolsProviderTest {

    @Test
    void isAvailableWithTheJarAndBuildsTheEngineOverJctools() {
        final JctoolsProvider provider = new JctoolsProvider();
        assertEquals("jctools", provider.name());
        assertEquals(50, provider.priority());
        assertTrue(provider.isAvailable(), () -> provider.unavailableReason().orElse(""));
        final EventQueue q = provider.create(3);
        assertInstanceOf(ConflatingEventQueue.class, q);
        assertEquals("jctools", q.backend());
        assertEquals(3, q.capacity());
        q.notifier().notify(2);
        final Events events = Events.withCapacity(3);
        assertEquals(1, q.poller().poll(events));
        assertArrayEquals(new int[] {2}, events.toArray());
    }

    @Test
    void indexQueueIsFifoAndQueuesCanonicalBoxes() {
        final IndexQueue queue = JctoolsIndexQueue.create(1000);
        for (int i = 999; i >= 0; i--) {
            assertTrue(queue.offer(i));
        }
        for (int i = 999; i >= 0; i--) {
            assertEquals(i, queue.poll());
        }
        assertEquals(-1, queue.poll());
    }
}
