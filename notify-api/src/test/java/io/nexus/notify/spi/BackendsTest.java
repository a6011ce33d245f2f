package io.nexus.notify.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Backend selection over mocked providers: explicit name, then the system property, then the
 * highest priority; unavailable providers are skipped and explained; broken ones are skipped.
 */
class BackendsTest {

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

    private static EventQueueProvider provider(String name, int priority,
            String unavailableReason) {
        final EventQueueProvider p = mock(EventQueueProvider.class);
        when(p.name()).thenReturn(name);
        when(p.priority()).thenReturn(priority);
        when(p.unavailableReason()).thenReturn(Optional.ofNullable(unavailableReason));
        when(p.isAvailable()).thenCallRealMethod();
        return p;
    }

    private final EventQueueProvider low = provider("low", 10, null);
    private final EventQueueProvider high = provider("high", 50, null);
    private final EventQueueProvider missing =
        provider("missing", 90, "lib:missing is not on the class path");

    private final Backends backends = Backends.of(List.of(low, missing, high));

    @Test
    void highestPriorityAvailableWinsAndUnavailableIsSkipped() {
        assertSame(high, backends.select(null));
        assertEquals(List.of("high", "low"), backends.availableNames());
        assertEquals(List.of(missing, high, low), backends.providers());
        verify(missing, never()).create(anyInt());
    }

    @Test
    void explicitNameWins() {
        assertSame(low, backends.select("low"));
    }

    @Test
    void systemPropertyBeatsPriority() {
        System.setProperty(Backends.BACKEND_PROPERTY, "low");
        assertSame(low, backends.select(null));
        assertEquals(List.of("low", "high"), backends.availableNames(),
            "the chosen one comes first");
    }

    @Test
    void explicitNameBeatsSystemProperty() {
        System.setProperty(Backends.BACKEND_PROPERTY, "low");
        assertSame(high, backends.select("high"));
    }

    @Test
    void unavailableByNameExplainsWhyAndListsTheAvailable() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> backends.select("missing"));
        assertTrue(e.getMessage().contains("lib:missing is not on the class path"), e.getMessage());
        assertTrue(e.getMessage().contains("[high, low]"), e.getMessage());
    }

    @Test
    void unknownNameListsTheAvailable() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> backends.select("nope"));
        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
        assertTrue(e.getMessage().contains("[high, low]"), e.getMessage());
    }

    @Test
    void anEmptyOrBlankNameMeansUnset() {
        assertSame(high, backends.select(""));
        assertSame(high, backends.select("   "));
        assertSame(high, backends.select("\t"));
    }

    @Test
    void anEmptyOrBlankNameFallsBackToTheProperty() {
        System.setProperty(Backends.BACKEND_PROPERTY, "low");
        assertSame(low, backends.select(""));
        assertSame(low, backends.select(" "));
    }

    @Test
    void anEmptyPropertyMeansUnset() {
        System.setProperty(Backends.BACKEND_PROPERTY, "");
        assertSame(high, backends.select(null));
        assertSame(high, backends.select(""));
        assertEquals(List.of("high", "low"), backends.availableNames());
    }

    @Test
    void aBlankPropertyMeansUnset() {
        System.setProperty(Backends.BACKEND_PROPERTY, "  ");
        assertSame(high, backends.select(null));
        assertSame(high, backends.select(" "));
        assertEquals(List.of("high", "low"), backends.availableNames());
    }

    @Test
    void anExplicitNameStillWinsOverABlankProperty() {
        System.setProperty(Backends.BACKEND_PROPERTY, " ");
        assertSame(low, backends.select("low"));
    }

    @Test
    void aWrongCaseNameIsUnknownAndListsTheAvailable() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> backends.select("High"));
        assertTrue(e.getMessage().contains("unknown backend 'High'"), e.getMessage());
        assertTrue(e.getMessage().contains("[high, low]"), e.getMessage());
    }

    @Test
    void aWrongCaseNameFromThePropertyIsUnknownToo() {
        System.setProperty(Backends.BACKEND_PROPERTY, "LOW");
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> backends.select(null));
        assertTrue(e.getMessage().contains("unknown backend 'LOW'"), e.getMessage());
        assertTrue(e.getMessage().contains("[high, low]"), e.getMessage());
    }

    @Test
    void unknownNameFromThePropertySaysWhereItCameFrom() {
        System.setProperty(Backends.BACKEND_PROPERTY, "nope");
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> backends.select(null));
        assertTrue(e.getMessage().contains(Backends.BACKEND_PROPERTY), e.getMessage());
        assertTrue(e.getMessage().contains("[high, low]"), e.getMessage());
    }

    @Test
    void noProviderAtAllIsAnIllegalState() {
        final IllegalStateException e =
            assertThrows(IllegalStateException.class, () -> Backends.of(List.of()).select(null));
        assertTrue(e.getMessage().contains("notify-core"), e.getMessage());
    }

    @Test
    void noAvailableProviderIsAnIllegalStateWithTheReasons() {
        final IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> Backends.of(List.of(missing)).select(null));
        assertTrue(e.getMessage().contains("missing (lib:missing is not on the class path)"),
            e.getMessage());
    }

    @Test
    void duplicateNamesAreRejected() {
        final EventQueueProvider twin = provider("low", 1, null);
        assertThrows(IllegalArgumentException.class, () -> Backends.of(List.of(low, twin)));
    }

    @Test
    void tiesAreBrokenByName() {
        final EventQueueProvider b = provider("b", 5, null);
        final EventQueueProvider a = provider("a", 5, null);
        assertSame(a, Backends.of(List.of(b, a)).select(null));
    }

    @Test
    void brokenProviderIsSkippedAndTheOthersLoad() {
        final Iterator<EventQueueProvider> services = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < 3;
            }

            @Override
            public EventQueueProvider next() {
                switch (next++) {
                    case 0:
                        return low;
                    case 1:
                        throw new ServiceConfigurationError(
                            "com.example.Broken: Provider could not be instantiated");
                    case 2:
                        return high;
                    default:
                        throw new NoSuchElementException();
                }
            }
        };
        final List<EventQueueProvider> loaded = Backends.load(type -> services);
        assertEquals(List.of(low, high), loaded);
    }

    @Test
    void providerRegisteredTwiceIsKeptOnce() {
        final EventQueueProvider twin = provider("low", 99, null);
        final List<EventQueueProvider> loaded =
            Backends.load(type -> List.of(low, twin, high).iterator());
        assertEquals(List.of(low, high), loaded);
    }

    @Test
    void brokenIteratorHasNextIsSkippedToo() {
        final Iterator<EventQueueProvider> services = new Iterator<>() {
            private int calls;

            @Override
            public boolean hasNext() {
                calls++;
                if (calls == 2) {
                    throw new ServiceConfigurationError("bad META-INF/services entry");
                }
                return calls <= 3;
            }

            @Override
            public EventQueueProvider next() {
                return calls == 1 ? low : high;
            }
        };
        assertEquals(List.of(low, high), Backends.load(type -> services));
    }
}
