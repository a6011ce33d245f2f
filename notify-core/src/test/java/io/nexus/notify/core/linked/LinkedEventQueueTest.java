package io.nexus.notify.core.linked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import org.junit.jupiter.api.Test;

/**
 * White-box tests of the fused queue's unlinked window: a push that has swapped the tail but
 * not yet linked its predecessor. The push is split by hand with {@code arm}, {@code swapTail}
 * and {@code link}, the three steps {@code notify} performs.
 */
class LinkedEventQueueTest {

    private static final int CAPACITY = 8;

    private final LinkedEventQueue queue = new LinkedEventQueue(CAPACITY, LinkedProvider.NAME);
    private final Events events = Events.withCapacity(CAPACITY);

    private int[] pollAll() {
        queue.poll(events);
        return events.toArray();
    }

    @Test
    void tokenAheadOfAnUnlinkedPushWaitsAndThenBothArriveOnce() {
        assertTrue(queue.notify(1));
        assertTrue(queue.arm(2));
        final int prev = queue.swapTail(2);
        assertEquals(1, prev, "the previous tail is the last fully pushed token");

        assertArrayEquals(new int[0], pollAll(), "1 cannot be handed out before it is linked to 2");
        assertEquals(0, queue.poll(events, 5));
        assertFalse(queue.notify(1), "1 stays pending while it waits");
        assertFalse(queue.notify(2), "2 is pending from the moment it is armed");

        queue.link(prev, 2);
        assertArrayEquals(new int[] {1, 2}, pollAll());
        assertArrayEquals(new int[0], pollAll());
        assertTrue(queue.notify(2), "both are re-armed");
        assertTrue(queue.notify(1), "both are re-armed");
        assertArrayEquals(new int[] {2, 1}, pollAll());
    }

    @Test
    void unlinkedPushBehindTheStubIsDeliveredOnceLinked() {
        assertTrue(queue.notify(1));
        assertArrayEquals(new int[] {1}, pollAll());
        assertTrue(queue.arm(3));
        final int prev = queue.swapTail(3);
        assertEquals(CAPACITY, prev, "after draining the last token the stub is the tail");

        assertArrayEquals(new int[0], pollAll());
        queue.link(prev, 3);
        assertArrayEquals(new int[] {3}, pollAll());
        assertArrayEquals(new int[0], pollAll());
    }

    @Test
    void limitedPollStopsAtTheWindowAndLosesNothing() {
        for (int t = 0; t < 4; t++) {
            assertTrue(queue.notify(t));
        }
        assertTrue(queue.arm(6));
        final int prev = queue.swapTail(6);
        assertEquals(2, queue.poll(events, 2));
        assertArrayEquals(new int[] {0, 1}, events.toArray());
        assertArrayEquals(new int[] {2}, pollAll(), "3 waits for the link to 6");
        assertTrue(queue.notify(5), "a push after the window queues behind it");
        assertArrayEquals(new int[0], pollAll());
        queue.link(prev, 6);
        assertArrayEquals(new int[] {3, 6, 5}, pollAll());
    }

    @Test
    void lastTokenIsRearmedAndRequeuedRepeatedly() {
        for (int round = 0; round < 5; round++) {
            assertTrue(queue.notify(7));
            assertFalse(queue.notify(7));
            assertArrayEquals(new int[] {7}, pollAll());
        }
        assertTrue(queue.notify(0));
        assertTrue(queue.notify(7));
        assertArrayEquals(new int[] {0, 7}, pollAll());
    }

    @Test
    void reportsShapeAndBackend() {
        assertEquals(CAPACITY, queue.capacity());
        assertEquals(CAPACITY, queue.poller().capacity());
        assertEquals("linked", queue.backend());
        assertEquals("EventQueue[backend=linked, capacity=8]", queue.toString());
    }
}
