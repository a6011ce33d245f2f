package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What every {@link IndexQueue} must do on one thread: FIFO drains into an array at an offset,
 * a size and a strict emptiness that count what is queued, a {@code hasNext} that sees the
 * head, and a one-slot queue that wraps. A test class per queue extends this and says how to
 * make one.
 */
public abstract class IndexQueueContract {

    /**
     * Makes an empty queue.
     *
     * @param capacity the number of token indices, at least 1
     * @return the queue under test
     */
    protected abstract IndexQueue newQueue(int capacity);

    @Test
    void indexQueueIsFifoAndCountsWhatIsQueued() {
        final IndexQueue queue = newQueue(1000);
        assertTrue(queue.isEmpty());
        assertFalse(queue.hasNext());
        assertEquals(0, queue.size());
        for (int i = 999; i >= 0; i--) {
            assertTrue(queue.offer(i));
        }
        assertFalse(queue.isEmpty());
        assertTrue(queue.hasNext());
        assertEquals(1000, queue.size());
        final int[] into = new int[1002];
        assertEquals(400, queue.drain(into, 2, 400));
        assertEquals(600, queue.size());
        assertEquals(600, queue.drain(into, 402, 600));
        for (int i = 0; i < 1000; i++) {
            assertEquals(999 - i, into[2 + i]);
        }
        assertEquals(0, into[0], "nothing is written before the offset");
        assertEquals(0, queue.drain(into, 0, 10));
        assertTrue(queue.isEmpty());
        assertFalse(queue.hasNext());
        assertEquals(0, queue.size());
    }

    @Test
    void indexQueueDrainsNothingWhenMaxIsZero() {
        final IndexQueue queue = newQueue(4);
        queue.offer(3);
        assertEquals(0, queue.drain(new int[0], 0, 0));
        assertEquals(1, queue.size());
        assertTrue(queue.hasNext());
    }

    @Test
    void indexQueueOfOneTokenWraps() {
        final IndexQueue queue = newQueue(1);
        final int[] into = new int[1];
        for (int round = 0; round < 1000; round++) {
            assertTrue(queue.offer(0));
            assertEquals(1, queue.drain(into, 0, 1));
            assertTrue(queue.isEmpty());
        }
    }
}
