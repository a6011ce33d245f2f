package io.nexus.notify.core.linked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

    /**
     * Starts a poll on another thread, checks that it is still waiting for the link of the push
     * in flight, then completes that push and returns what the poll delivered.
     */
    private int[] pollAcross(int limit, int prev, int node) throws Exception {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        final AtomicReference<int[]> result = new AtomicReference<>();
        final Thread poller = new Thread(() -> {
            started.countDown();
            queue.poll(events, limit);
            result.set(events.toArray());
            done.countDown();
        });
        poller.start();
        started.await();
        assertFalse(done.await(50, TimeUnit.MILLISECONDS),
            "the poll must wait for the link, not return without the oldest token");
        queue.link(prev, node);
        assertTrue(done.await(10, TimeUnit.SECONDS), "the poll did not finish after the link");
        poller.join();
        return result.get();
    }

    @Test
    void tokenAheadOfAnUnlinkedPushIsDeliveredOnceTheLinkLands() throws Exception {
        assertTrue(queue.notify(1));
        assertTrue(queue.arm(2));
        final int prev = queue.swapTail(2);
        assertEquals(1, prev, "the previous tail is the last fully pushed token");
        assertFalse(queue.notify(1), "1 is pending");
        assertFalse(queue.notify(2), "2 is pending from the moment it is armed");

        assertArrayEquals(new int[] {1, 2}, pollAcross(Integer.MAX_VALUE, prev, 2));
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
    void limitedPollsAroundTheWindowLoseNothing() throws Exception {
        for (int t = 0; t < 4; t++) {
            assertTrue(queue.notify(t));
        }
        assertTrue(queue.arm(6));
        final int prev = queue.swapTail(6);
        assertEquals(2, queue.poll(events, 2));
        assertArrayEquals(new int[] {0, 1}, events.toArray());
        assertEquals(1, queue.poll(events, 1));
        assertArrayEquals(new int[] {2}, events.toArray(), "2 is linked to 3, so it goes at once");
        assertTrue(queue.notify(5), "a push after the window queues behind it");
        assertArrayEquals(new int[] {3, 6, 5}, pollAcross(Integer.MAX_VALUE, prev, 6));
        assertArrayEquals(new int[0], pollAll());
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
