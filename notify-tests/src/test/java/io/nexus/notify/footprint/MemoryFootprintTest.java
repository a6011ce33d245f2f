package io.nexus.notify.footprint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures, with JOL, the retained size of a 4096-token queue on each backend: everything
 * reachable from the queue object (flags, queue storage, counters, headers).
 */
class MemoryFootprintTest {

    private static final int TOKENS = 4096;

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void reportsTheFootprintOfFourThousandTokens(String backend) {
        final EventQueue queue = EventQueue.create(TOKENS, backend);
        final long bytes = GraphLayout.parseInstance(queue).totalSize();
        System.out.printf("memory %-10s %6d tokens: %7d bytes, %.2f bytes/token%n",
            backend, TOKENS, bytes, (double) bytes / TOKENS);
        assertTrue(bytes >= TOKENS,
            backend + " cannot hold a flag per token in " + bytes + " bytes");
        if (backend.equals("builtin")) {
            assertTrue(bytes <= 24 * 1024,
                "builtin must stay within 24 KB for 4096 tokens, took " + bytes);
        }
    }
}
