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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The backends found with ServiceLoader when notify-core, JCTools and Agrona are present (and
 * Agrona's {@code jdk.internal.misc} export is given, as this module's surefire run does), and
 * how a name, the system property, or neither picks one.
 */
class InstalledBackendsTest {

    private static final List<String> BY_PRIORITY = List.of("builtin", "jctools", "agrona");

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
    void theThreeBuiltInBackendsAreRegisteredWithTheirPriorities() {
        final Map<String, Integer> priorities = Backends.installed().providers().stream()
            .collect(Collectors.toMap(EventQueueProvider::name, EventQueueProvider::priority));
        assertEquals(Map.of("builtin", 100, "jctools", 50, "agrona", 40), priorities);
        assertEquals(BY_PRIORITY, EventQueue.availableBackends());
    }

    @Test
    void defaultIsTheHighestPriority() {
        assertEquals("builtin", EventQueue.create(4).backend());
    }

    @Test
    void systemPropertyChoosesTheBackend() {
        System.setProperty(Backends.BACKEND_PROPERTY, "agrona");
        assertEquals("agrona", EventQueue.create(4).backend());
        assertEquals(List.of("agrona", "builtin", "jctools"), EventQueue.availableBackends());
        assertEquals("jctools", EventQueue.create(4, "jctools").backend(),
            "an explicit name wins");
    }

    /**
     * An empty or blank property, the usual way a script leaves a setting unset, means unset.
     *
     * @param blank the property's value
     */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "  \n"})
    void blankSystemPropertySelectsTheDefault(String blank) {
        System.setProperty(Backends.BACKEND_PROPERTY, blank);
        assertEquals("builtin", EventQueue.create(4).backend());
        assertEquals("builtin", EventQueue.create(4, null).backend());
        assertEquals(BY_PRIORITY, EventQueue.availableBackends());
    }

    /**
     * A blank explicit name means "not given": the property decides, or failing that the
     * priority.
     *
     * @param blank the name passed to {@code create}
     */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankNameMeansNoName(String blank) {
        assertEquals("builtin", EventQueue.create(4, blank).backend());
        System.setProperty(Backends.BACKEND_PROPERTY, "jctools");
        assertEquals("jctools", EventQueue.create(4, blank).backend());
    }

    /**
     * Names are exact: a wrong-case name, given or from the property, is an unknown backend
     * like any other, and so is the retired {@code linked}.
     *
     * @param name a name no installed backend has
     */
    @ParameterizedTest
    @ValueSource(strings = {"nope", "Builtin", "BUILTIN", "JCTools", "Agrona", "linked"})
    void unknownBackendListsTheAvailableOnes(String name) {
        final IllegalArgumentException given =
            assertThrows(IllegalArgumentException.class, () -> EventQueue.create(4, name));
        assertMentionsUnknown(given, name);
        System.setProperty(Backends.BACKEND_PROPERTY, name);
        final IllegalArgumentException configured =
            assertThrows(IllegalArgumentException.class, () -> EventQueue.create(4));
        assertMentionsUnknown(configured, name);
        assertTrue(configured.getMessage().contains(Backends.BACKEND_PROPERTY),
            configured.getMessage());
    }

    @Test
    void badCapacityIsCheckedBeforeTheBackendName() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> EventQueue.create(0, "nope"));
        assertTrue(e.getMessage().contains("capacity"), e.getMessage());
    }

    private static void assertMentionsUnknown(IllegalArgumentException e, String name) {
        final String message = e.getMessage();
        assertTrue(message.contains("unknown backend '" + name + "'"), message);
        assertTrue(message.contains("[builtin, jctools, agrona]"), message);
    }
}
