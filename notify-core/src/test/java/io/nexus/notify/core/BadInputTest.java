package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every bad input of the API: the documented exception, a clear message, state untouched. */
class BadInputTest {

    private final EventQueue queue = EventQueue.create(8, "builtin");
    private final Events events = Events.withCapacity(8);

    private void assertStillWorks() {
        queue.notifier().notify(6);
        queue.notifier().notify(2);
        assertEquals(3, queue.poller().poll(events), "the pending token plus two new ones");
        assertArrayEquals(new int[] {1, 6, 2}, events.toArray());
    }

    private void assertStillWorksWithNothingPending() {
        assertTrue(queue.poller().isEmpty());
        queue.notifier().notify(4);
        assertEquals(1, queue.poller().poll(events));
        assertArrayEquals(new int[] {4}, events.toArray());
    }

    private static <T extends Throwable> T assertThrowsMentioning(Class<T> type, Executable call,
            String... fragments) {
        final T e = assertThrows(type, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage() != null && e.getMessage().contains(fragment),
                "message '" + e.getMessage() + "' should mention '" + fragment + "'");
        }
        return e;
    }

    @Test
    void tokenIndexOutOfRange() {
        queue.notifier().notify(1);
        assertThrowsMentioning(IndexOutOfBoundsException.class,
            () -> queue.notifier().notify(8), "8", "[0, 8)");
        assertThrowsMentioning(IndexOutOfBoundsException.class,
            () -> queue.notifier().notify(-1), "-1", "[0, 8)");
        assertThrowsMentioning(IndexOutOfBoundsException.class,
            () -> queue.notifier().notify(new Token(100)), "100", "[0, 8)");
        assertThrowsMentioning(IndexOutOfBoundsException.class,
            () -> queue.notifier().notify(Integer.MIN_VALUE), String.valueOf(Integer.MIN_VALUE));
        assertStillWorks();
    }

    @Test
    void nullArguments() {
        queue.notifier().notify(1);
        assertThrows(NullPointerException.class, () -> queue.notifier().notify((Token) null));
        assertThrows(NullPointerException.class, () -> queue.poller().poll(null));
        assertThrows(NullPointerException.class, () -> queue.poller().poll(null, 3));
        assertStillWorks();
    }

    @Test
    void negativeLimitNeitherClearsTheBatchNorTakesAToken() {
        queue.notifier().notify(1);
        events.append(5);
        assertThrowsMentioning(IllegalArgumentException.class,
            () -> queue.poller().poll(events, -1), "-1");
        assertArrayEquals(new int[] {5}, events.toArray(),
            "a rejected poll leaves events untouched");
        assertFalse(queue.notifier().notify(1), "1 is still pending");
        assertStillWorks();
    }

    @Test
    void nullBatchTakesNothing() {
        queue.notifier().notify(1);
        assertThrows(NullPointerException.class, () -> queue.poller().poll(null, 1));
        assertFalse(queue.poller().isEmpty());
        assertFalse(queue.notifier().notify(1), "1 is still pending");
        assertStillWorks();
    }

    @Test
    void aNegativeTokenAndANegativeNotifyFailTheSameWay() {
        final Class<? extends Throwable> byToken =
            assertThrows(RuntimeException.class, () -> new Token(-1)).getClass();
        final Class<? extends Throwable> byNotify =
            assertThrows(RuntimeException.class, () -> queue.notifier().notify(-1)).getClass();
        assertEquals(IndexOutOfBoundsException.class, byToken);
        assertEquals(byToken, byNotify);
        assertStillWorksWithNothingPending();
    }

    @Test
    void capacityOutOfRange() {
        assertThrowsMentioning(IllegalArgumentException.class,
            () -> EventQueue.create(0), "0", "[1, ");
        assertThrowsMentioning(IllegalArgumentException.class, () -> EventQueue.create(-5), "-5");
        assertThrowsMentioning(IllegalArgumentException.class,
            () -> EventQueue.create(Integer.MAX_VALUE), String.valueOf(Integer.MAX_VALUE));
        assertThrowsMentioning(IllegalArgumentException.class,
            () -> EventQueue.create(EventQueue.MAX_CAPACITY + 1, "builtin"),
            String.valueOf(EventQueue.MAX_CAPACITY + 1));
        assertEquals(1, EventQueue.create(1).capacity());
    }

    @Test
    void unknownBackendListsTheAvailableOnes() {
        assertThrowsMentioning(IllegalArgumentException.class,
            () -> EventQueue.create(8, "no-such-backend"), "no-such-backend", "builtin");
    }

    @Test
    void aWrongCaseBackendNameIsUnknown() {
        assertThrowsMentioning(IllegalArgumentException.class,
            () -> EventQueue.create(8, "Builtin"), "unknown backend 'Builtin'", "builtin");
    }
}
