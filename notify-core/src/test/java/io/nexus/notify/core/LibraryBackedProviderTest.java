package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** How a library-backed backend decides whether it is available. */
class LibraryBackedProviderTest {

    private static LibraryBackedProvider provider(String markerClass, IntFunction<IndexQueue> queues) {
        return new LibraryBackedProvider("lib", 7, "com.example:lib", "com.example.lib", markerClass) {
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
        assertEquals("com.example:lib on the class path misbehaves", p.unavailableReason().orElseThrow());
    }

    @Test
    void aLibraryThatFailsToLinkIsUnavailableWithTheAdvice() {
        final LibraryBackedProvider p = provider("java.lang.String", c -> {
            throw new NoClassDefFoundError("com/example/Unsafe");
        });
        final String reason = p.unavailableReason().orElseThrow();
        assertTrue(reason.contains("cannot start") && reason.endsWith("; try the option -Dx"), reason);
    }

    @Test
    void aWorkingLibraryIsAvailableAndBuildsTheEngine() {
        final LibraryBackedProvider p = provider("java.lang.String", c -> new DequeIndexQueue());
        assertTrue(p.isAvailable(), () -> p.unavailableReason().orElse(""));
        assertEquals("lib", p.create(4).backend());
    }

    /** A single-threaded stand-in for a library queue. */
    private static final class DequeIndexQueue implements IndexQueue {
        private final ArrayDeque<Integer> deque = new ArrayDeque<>();

        @Override
        public boolean offer(int index) {
            return deque.offer(index);
        }

        @Override
        public int poll() {
            final Integer index = deque.poll();
            return index == null ? -1 : index;
        }
    }
}
