package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.spi.Backends;
import org.junit.jupiter.api.Test;

/** With only notify-api and notify-core on the class path, the embedded default works. */
class DefaultBackendTest {

    @Test
    void createWorksWithOnlyApiAndCore() {
        final EventQueue queue = EventQueue.create(64);
        assertEquals(EventQueue.availableBackends().get(0), queue.backend());
        assertTrue(queue.notifier().notify(63));
        final Events events = Events.withCapacity(1);
        assertEquals(1, queue.poller().poll(events));
        assertEquals(63, events.index(0));
    }

    @Test
    void theBuiltinBackendIsAvailable() {
        assertTrue(EventQueue.availableBackends().contains("builtin"), EventQueue.availableBackends().toString());
    }

    @Test
    void theSystemPropertyPicksTheBackend() {
        final String previous = System.getProperty(Backends.BACKEND_PROPERTY);
        System.setProperty(Backends.BACKEND_PROPERTY, "builtin");
        try {
            assertEquals("builtin", EventQueue.create(4).backend());
            assertEquals("builtin", EventQueue.availableBackends().get(0));
        } finally {
            if (previous == null) {
                System.clearProperty(Backends.BACKEND_PROPERTY);
            } else {
                System.setProperty(Backends.BACKEND_PROPERTY, previous);
            }
        }
    }
}
