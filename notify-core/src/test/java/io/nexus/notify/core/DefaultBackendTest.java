package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.spi.Backends;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With only notify-api and notify-core on the class path, the embedded default works, and the
 * system property picks a backend unless it is empty or blank.
 */
class DefaultBackendTest {

    private String savedProperty;

    @BeforeEach
    void clearProperty() {
        savedProperty = System.getProperty(Backends.BACKEND_PROPERTY);
        System.clearProperty(Backends.BACKEND_PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (savedProperty == null) {
            System.clearProperty(Backends.BACKEND_PROPERTY);
        } else {
            System.setProperty(Backends.BACKEND_PROPERTY, savedProperty);
        }
    }

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
    void theDefaultIsBuiltin() {
        assertEquals("builtin", EventQueue.create(4).backend());
        assertEquals("builtin", EventQueue.availableBackends().get(0),
            EventQueue.availableBackends().toString());
    }

    @Test
    void theSystemPropertyPicksTheBackend() {
        System.setProperty(Backends.BACKEND_PROPERTY, "jctools");
        assertEquals("jctools", EventQueue.create(4).backend());
        assertEquals("jctools", EventQueue.availableBackends().get(0));
    }

    @Test
    void anEmptySystemPropertyMeansTheDefault() {
        System.setProperty(Backends.BACKEND_PROPERTY, "");
        assertEquals("builtin", EventQueue.create(4).backend());
        assertEquals("builtin", EventQueue.create(4, "").backend());
        assertEquals("builtin", EventQueue.availableBackends().get(0));
    }

    @Test
    void aBlankSystemPropertyMeansTheDefault() {
        System.setProperty(Backends.BACKEND_PROPERTY, " \t");
        assertEquals("builtin", EventQueue.create(4).backend());
        assertEquals("builtin", EventQueue.create(4, " ").backend());
        assertEquals("builtin", EventQueue.availableBackends().get(0));
    }

    @Test
    void aBlankNameMeansTheDefault() {
        assertEquals("builtin", EventQueue.create(4, "").backend());
        assertEquals("builtin", EventQueue.create(4, "  ").backend());
    }
}
