package io.nexus.notify.core.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.nexus.notify.core.FifoIndexQueue;
import io.nexus.notify.core.IndexQueue;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** How a library-backed backend decides whether it is available. */
class LibraryBackedProviderTest {

    private static LibraryBackedProvider provider(String markerClass,
            IntFunction<IndexQueue> queues) {
        return new LibraryBackedProvider("lib", 7, "com.example:lib", "com.example.lib",
                markerClass) {
            @Override
            protected IndexQueue newIndexQueue(int capacity) {
                return queues.apply(capacity);
            }

            @Override
            protected String linkageAdvice() {
                return "; try the option -Dx";
            }
        };
    }

    @Test
    void aMissingMarkerClassNamesTheArtifactAndTheModule() {
        final LibraryBackedProvider p = provider("com.example.NoSuchQueue", c -> {
            throw new AssertionError("must not build a queue without the library");
        });
        final String reason = p.unavailableReason().orElseThrow();
        assertTrue(reason.contains("com.example:lib is not on the class path"), reason);
        assertTrue(reason.contains("--add-modules com.example.lib"), reason);
        assertEquals("lib", p.name());
        assertEquals(7, p.priority());
    }

    @Test
    void aQueueThatRefusesItsProbeMakesTheBackendUnavailable() {
        final IndexQueue refusing = mock(IndexQueue.class);
        when(refusing.offer(0)).thenReturn(false);
        final LibraryBackedProvider p = provider("java.lang.String", c -> refusing);
        assertEquals("com.example:lib on the class path misbehaves",
            p.unavailableReason().orElseThrow());
    }

    @Test
    void aQueueThatLooksEmptyWithAnEntryQueuedIsUnavailable() {
        final IndexQueue notStrict = mock(IndexQueue.class);
        when(notStrict.offer(0)).thenReturn(true);
        when(notStrict.isEmpty()).thenReturn(true);
        when(notStrict.drain(any(int[].class), anyInt(), anyInt())).thenReturn(1);
        final LibraryBackedProvider p = provider("java.lang.String", c -> notStrict);
        assertEquals("com.example:lib on the class path misbehaves",
            p.unavailableReason().orElseThrow());
    }

    @Test
    void aQueueThatLosesItsProbeIsUnavailable() {
        final IndexQueue losing = mock(IndexQueue.class);
        when(losing.offer(0)).thenReturn(true);
        when(losing.isEmpty()).thenReturn(false);
        when(losing.drain(any(int[].class), anyInt(), anyInt())).thenReturn(0);
        final LibraryBackedProvider p = provider("java.lang.String", c -> losing);
        assertEquals("com.example:lib on the class path misbehaves",
            p.unavailableReason().orElseThrow());
    }

    @Test
    void aLibraryThatFailsToLinkIsUnavailableWithTheAdvice() {
        final LibraryBackedProvider p = provider("java.lang.String", c -> {
            throw new NoClassDefFoundError("com/example/Unsafe");
        });
        final String reason = p.unavailableReason().orElseThrow();
        assertTrue(reason.contains("cannot start") && reason.endsWith("; try the option -Dx"),
            reason);
    }

    @Test
    void aWorkingLibraryIsAvailableAndBuildsTheEngine() {
        final LibraryBackedProvider p = provider("java.lang.String", c -> new FifoIndexQueue());
        assertTrue(p.isAvailable(), () -> p.unavailableReason().orElse(""));
        assertEquals("lib", p.create(4).backend());
        assertEquals(4, p.create(4).capacity());
    }
}
