package io.nexus.notify.bench.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The latest-value peers keep the library's contract, checked against the library itself. */
class LatestValueStoreTest {

    private static final int PRODUCERS = 2;
    private static final int TOKENS_PER_PRODUCER = 8;
    private static final int UPDATES = 20_000;

    /** Drains into a list of "token=value" entries. */
    private static List<String> drain(LatestValueStore<Object> store) {
        final List<String> seen = new ArrayList<>();
        store.drain((token, value) -> seen.add(token + "=" + value));
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin", Subjects.JDK_PEER, Subjects.JCTOOLS_PEER})
    void conflatesToTheLatestValueOncePerTokenOldestFirst(String subject) {
        final LatestValueStore<Object> store = Subjects.latestValues(subject, 4);
        assertTrue(store.publish(2, "a"));
        assertTrue(store.publish(0, "b"));
        assertFalse(store.publish(2, "c"));

        assertEquals(List.of("2=c", "0=b"), drain(store));
        assertEquals(List.of(), drain(store));
        assertTrue(store.publish(2, "d"));
        assertEquals(List.of("2=d"), drain(store));
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin", Subjects.JDK_PEER, Subjects.JCTOOLS_PEER})
    void badInputFailsAsOnTheLibraryAndChangesNothing(String subject) {
        final LatestValueStore<Object> store = Subjects.latestValues(subject, 4);
        assertThrows(IndexOutOfBoundsException.class, () -> store.publish(4, "x"));
        assertThrows(IndexOutOfBoundsException.class, () -> store.publish(-1, "x"));
        assertThrows(NullPointerException.class, () -> store.publish(1, null));

        assertEquals(List.of(), drain(store));
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtin", Subjects.JDK_PEER, Subjects.JCTOOLS_PEER})
    void aConcurrentConsumerSeesEachTokensValuesInOrderAndEndsOnTheLastOne(String subject)
            throws InterruptedException {
        final int tokens = PRODUCERS * TOKENS_PER_PRODUCER;
        final LatestValueStore<Object> store = Subjects.latestValues(subject, tokens);
        final AtomicInteger running = new AtomicInteger(PRODUCERS);
        final List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            final int first = p * TOKENS_PER_PRODUCER;
            producers.add(new Thread(() -> {
                for (int u = 1; u <= UPDATES; u++) {
                    store.publish(first + u % TOKENS_PER_PRODUCER, u);
                }
                running.decrementAndGet();
            }));
        }
        final int[] last = new int[tokens];
        final Object[] outOfOrder = new Object[1];
        producers.forEach(Thread::start);
        boolean producing = true;
        while (producing) {
            // Read the flag before the drain, so that the drain after the last publish is seen.
            producing = running.get() != 0;
            store.drain((token, value) -> {
                final int v = (Integer) value;
                if (v <= last[token]) {
                    outOfOrder[0] = token + ": " + v + " after " + last[token];
                }
                last[token] = v;
            });
        }
        for (Thread t : producers) {
            t.join();
        }

        final int[] expected = new int[tokens];
        for (int p = 0; p < PRODUCERS; p++) {
            for (int u = UPDATES - TOKENS_PER_PRODUCER + 1; u <= UPDATES; u++) {
                expected[p * TOKENS_PER_PRODUCER + u % TOKENS_PER_PRODUCER] = u;
            }
        }
        assertArrayEquals(expected, last);
        assertNull(outOfOrder[0]);
    }
}
