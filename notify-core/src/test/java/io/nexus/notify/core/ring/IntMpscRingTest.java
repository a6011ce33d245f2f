package io.nexus.notify.core.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntMpscRingTest {

    @ParameterizedTest
    @CsvSource({"1,1", "2,2", "3,4", "4096,4096", "4097,8192"})
    void roundsTheSlotsUpToAPowerOfTwo(int capacity, int slots) {
        assertEquals(slots, new IntMpscRing(capacity).slotCount());
    }

    @Test
    void isFifoAndReportsEmptyAsMinusOne() {
        final IntMpscRing ring = new IntMpscRing(4);
        assertEquals(-1, ring.poll());
        assertTrue(ring.offer(0));
        assertTrue(ring.offer(3));
        assertEquals(0, ring.poll());
        assertEquals(3, ring.poll());
        assertEquals(-1, ring.poll());
    }

    @Test
    void wrapsAroundManyTimes() {
        final IntMpscRing ring = new IntMpscRing(3);
        for (int i = 0; i < 10_000; i++) {
            ring.offer(i % 3);
            ring.offer((i + 1) % 3);
            assertEquals(i % 3, ring.poll());
            assertEquals((i + 1) % 3, ring.poll());
        }
        assertEquals(-1, ring.poll());
    }
}
