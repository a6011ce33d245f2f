package io.nexus.notify.core.linked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import org.junit.jupiter.api.Test;

class LinkedProviderTest {

    @Test
    void describesAndCreatesTheFusedQueue() {
        final LinkedProvider provider = new LinkedProvider();
        assertEquals("linked", provider.name());
        assertEquals(90, provider.priority());
        assertTrue(provider.isAvailable());
        final EventQueue q = provider.create(5);
        assertInstanceOf(LinkedEventQueue.class, q);
        assertEquals(5, q.capacity());
        assertEquals("linked", q.backend());
    }
}
