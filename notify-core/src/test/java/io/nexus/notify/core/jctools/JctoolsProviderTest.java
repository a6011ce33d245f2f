package io.nexus.notify.core.jctools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void indexQueueIsFifoAndCountsWhatIsQueued() {
        final IndexQueue queue = JctoolsIndexQueue.create(1000);
        assertTrue(queue.isEmpty());
        assertEquals(0, queue.size());
        for (int i = 999; i >= 0; i--) {
            assertTrue(queue.offer(i));
        }
        assertFalse(queue.isEmpty());
        assertEquals(1000, queue.size());
        final int[] into = new int[1002];
        assertEquals(400, queue.drain(into, 2, 400));
        assertEquals(600, queue.size());
        assertEquals(600, queue.drain(into, 402, 600));
        for (int i = 0; i < 1000; i++) {
            assertEquals(999 - i, into[2 + i]);
        }
        assertEquals(0, into[0], "nothing is written before the offset");
        assertEquals(0, queue.drain(into, 0, 10));
        assertTrue(queue.isEmpty());
        assertEquals(0, queue.size());
    }

    @Test
    void indexQueueDrainsNothingWhenMaxIsZero() {
        final IndexQueue queue = JctoolsIndexQueue.create(4);
        queue.offer(3);
        assertEquals(0, queue.drain(new int[0], 0, 0));
        assertEquals(1, queue.size());
    }

    @Test
    void indexQueueOfOneTokenWraps() {
        final IndexQueue queue = JctoolsIndexQueue.create(1);
        final int[] into = new int[1];
        for (int round = 0; round < 1000; round++) {
            assertTrue(queue.offer(0));
            assertEquals(1, queue.drain(into, 0, 1));
            assertTrue(queue.isEmpty());
        }
    }
}
