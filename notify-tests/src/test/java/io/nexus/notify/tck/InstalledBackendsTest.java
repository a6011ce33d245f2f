package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.spi.Backends;
import io.nexus.notify.spi.EventQueueProvider;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backends found with ServiceLoader when notify-core, JCTools and Agrona are present. */
class InstalledBackendsTest {

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
    void allFourBuiltInBackendsAreRegisteredWithTheirPriorities() {
        final Map<String, Integer> priorities = Backends.installed().providers().stream()
            .collect(Collectors.toMap(EventQueueProvider::name, EventQueueProvider::priority));
        assertEquals(Map.of("builtin", 100, "linked", 90, "jctools", 50, "agrona", 40), priorities);
        assertEquals(List.of("builtin", "linked", "jctools", "agrona"), EventQueue.availableBackends());
    }

    @Test
    void defaultIsTheHighestPriority() {
        assertEquals("builtin", EventQueue.create(4).backend());
    }

    @Test
    void systemPropertyChoosesTheBackend() {
        System.setProperty(Backends.BACKEND_PROPERTY, "agrona");
        assertEquals("agrona", EventQueue.create(4).backend());
        assertEquals("agrona", EventQueue.availableBackends().get(0));
        assertEquals("linked", EventQueue.create(4, "linked").backend(), "an explicit name wins");
    }

    @Test
    void unknownBackendListsTheAvailableOnes() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> EventQueue.create(4, "nope"));
        assertTrue(e.getMessage().contains("[builtin, linked, jctools, agrona]"), e.getMessage());
    }

    @Test
    void badCapacityIsCheckedBeforeTheBackendName() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> EventQueue.create(0, "nope"));
        assertTrue(e.getMessage().contains("capacity"), e.getMessage());
    }
}
