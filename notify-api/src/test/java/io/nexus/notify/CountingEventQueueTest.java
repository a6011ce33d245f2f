package io.nexus.notify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link CountingEventQueue} over a single-thread queue: each counter, and bad input. */
class CountingEventQueueTest {

    private final CountingEventQueue queue = CountingEventQueue.over(EventQueue.createLocal(8));
    private final Events events = Events.withCapacity(8);

    @Test
    void startsAtZero() {
        assertEquals(new QueueCounters(0, 0, 0, 0, 0), queue.counters());
    }

    @Test
    void countsNewAndConflatedNotifies() {
        assertTrue(queue.notifier().notify(3));
        assertFalse(queue.notifier().notify(3));
        assertFalse(queue.notifier().notify(new Token(3)));
        assertTrue(queue.notifier().notify(5));

        final QueueCounters counters = queue.counters();
        assertEquals(2, counters.newlyPending());
        assertEquals(2, counters.conflated());
        assertEquals(4, counters.notifies());
    }

    @Test
    void countsPollsEmptyPollsAndTokensDelivered() {
        queue.notifier().notify(1);
        queue.notifier().notify(2);
        queue.notifier().notify(4);

        assertEquals(2, queue.poller().poll(events, 2));
        assertEquals(1, queue.poller().poll(events));
        assertArrayEquals(new int[] {4}, events.toArray());
        assertEquals(0, queue.poller().poll(events));

        assertEquals(new QueueCounters(3, 0, 3, 1, 3), queue.counters());
    }

    @Test
    void passesThroughWhatTheQueueSays() {
        assertEquals(8, queue.capacity());
        assertEquals(8, queue.notifier().capacity());
        assertEquals(8, queue.poller().capacity());
        assertEquals("local", queue.backend());
        assertTrue(queue.poller().isEmpty());
        queue.notifier().notify(0);
        assertFalse(queue.poller().isEmpty());
        assertSame(queue.notifier(), queue.notifier());
        assertSame(queue.poller(), queue.poller());
    }

    @Test
    void badInputIsRejectedAndNotCounted() {
        queue.notifier().notify(2);
        assertThrows(IndexOutOfBoundsException.class, () -> queue.notifier().notify(8));
        assertThrows(IndexOutOfBoundsException.class, () -> queue.notifier().notify(-1));
        assertThrows(IllegalArgumentException.class, () -> queue.poller().poll(events, -1));
        assertThrows(NullPointerException.class, () -> queue.poller().poll(null, 1));

        assertEquals(new QueueCounters(1, 0, 0, 0, 0), queue.counters());
        assertEquals(1, queue.poller().poll(events));
    }

    @Test
    void wrappingNullIsRejected() {
        assertEquals("queue", assertThrows(NullPointerException.class,
            () -> CountingEventQueue.over(null)).getMessage());
    }

    @Test
    void describesItselfWithItsCounters() {
        queue.notifier().notify(6);
        assertTrue(queue.toString().startsWith("Counting["), queue.toString());
        assertTrue(queue.toString().endsWith(
            "QueueCounters[newlyPending=1, conflated=0, polls=0, emptyPolls=0, delivered=0]]"),
            queue.toString());
    }
}
