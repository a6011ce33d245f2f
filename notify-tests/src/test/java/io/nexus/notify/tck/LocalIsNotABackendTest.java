package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.spi.Backends;
import org.junit.jupiter.api.Test;

/**
 * {@link EventQueue#createLocal(int)} is not a selectable backend: never listed, never picked
 * by name or by the system property, and it does not change what the default is.
 */
class LocalIsNotABackendTest {

    @Test
    void isNeitherListedNorSelectable() {
        EventQueue.createLocal(4);
        assertFalse(EventQueue.availableBackends().contains("local"));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> EventQueue.create(4, "local"));
        assertTrue(e.getMessage().contains("unknown backend 'local'"), e.getMessage());
    }

    @Test
    void theSystemPropertyCannotPickIt() {
        final String saved = System.getProperty(Backends.BACKEND_PROPERTY);
        System.setProperty(Backends.BACKEND_PROPERTY, "local");
        try {
            assertThrows(IllegalArgumentException.class, () -> EventQueue.create(4));
            assertEquals("local", EventQueue.createLocal(4).backend());
        } finally {
            if (saved == null) {
                System.clearProperty(Backends.BACKEND_PROPERTY);
            } else {
                System.setProperty(Backends.BACKEND_PROPERTY, saved);
            }
        }
    }
}
