package io.nexus.notify.core.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.core.IndexQueue;
import io.nexus.notify.core.IndexQueueContract;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in ring on one thread: FIFO, drain bounds, size and strict emptiness. */
class IntMpscRingTest extends IndexQueueContract {

    @Override
    protected IndexQueue newQueue(int capacity) {
        return new IntMpscRing(capacity);
    }


    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "3,4", "4096,4096", "4097,8192"})
    void roundsTheSlotsUpToAPowerOfTwo(int capacity, int slots) {
        assertEquals(slots, new IntMpscRing(capacity).slotCount());
    }

    @Test
    void aNewRingIsEmpty() {
        final IntMpscRing ring = new IntMpscRing(4);
        assertTrue(ring.isEmpty());
        assertEquals(0, ring.size());
        assertEquals(0, ring.drain(new int[4], 0, 4));
    }

    @Test
    void drainsInFifoOrderFromTheOffset() {
        final IntMpscRing ring = new IntMpscRing(4);
        assertTrue(ring.offer(0));
        assertTrue(ring.offer(3));
        assertTrue(ring.offer(2));
        assertFalse(ring.isEmpty());
        assertEquals(3, ring.size());
        final int[] into = {-1, -1, -1, -1, -1};
        assertEquals(3, ring.drain(into, 1, 4));
        assertArrayEquals(new int[] {-1, 0, 3, 2, -1}, into);
        assertTrue(ring.isEmpty());
        assertEquals(0, ring.size());
    }

    @Test
    void drainTakesAtMostMaxAndLeavesTheRestInOrder() {
        final IntMpscRing ring = new IntMpscRing(8);
        for (int i = 7; i >= 0; i--) {
            ring.offer(i);
        }
        final int[] into = new int[8];
        assertEquals(0, ring.drain(into, 0, 0));
        assertEquals(8, ring.size());
        assertEquals(3, ring.drain(into, 0, 3));
        assertArrayEquals(new int[] {7, 6, 5}, Arrays.copyOf(into, 3));
        assertEquals(5, ring.size());
        assertEquals(5, ring.drain(into, 3, 5));
        assertArrayEquals(new int[] {7, 6, 5, 4, 3, 2, 1, 0}, into);
        assertTrue(ring.isEmpty());
    }

    @Test
    void wrapsAroundManyTimes() {
        final IntMpscRing ring = new IntMpscRing(3);
        final int[] into = new int[2];
        for (int i = 0; i < 10_000; i++) {
            ring.offer(i % 3);
            ring.offer((i + 1) % 3);
            assertEquals(2, ring.size());
            assertEquals(2, ring.drain(into, 0, 2));
            assertEquals(i % 3, into[0]);
            assertEquals((i + 1) % 3, into[1]);
        }
        assertTrue(ring.isEmpty());
        assertEquals(0, ring.drain(into, 0, 2));
    }
}
