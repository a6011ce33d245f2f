package io.nexus.notify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * The read API of a batch. Batches are filled the way a backend fills them, through
 * {@link Events#reserve}; {@code EventsWritePathTest} covers that path itself.
 */
class EventsTest {

    private static Events of(int capacity, int... indices) {
        final Events events = Events.withCapacity(capacity);
        for (int index : indices) {
            events.append(index);
        }
        return events;
    }

    @Test
    void startsEmptyWithTheRequestedRoom() {
        final Events events = Events.withCapacity(8);
        assertTrue(events.isEmpty());
        assertEquals(0, events.size());
        assertEquals(8, events.capacity());
        assertArrayEquals(new int[0], events.toArray());
    }

    @Test
    void zeroCapacityIsAllowed() {
        final Events events = Events.withCapacity(0);
        assertEquals(0, events.capacity());
        assertTrue(events.isEmpty());
    }

    @Test
    void negativeCapacityIsRejectedWithTheValue() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> Events.withCapacity(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void indexReadsPositionsInDeliveryOrder() {
        final Events events = of(4, 3, 1, 2);
        assertEquals(3, events.size());
        assertFalse(events.isEmpty());
        assertEquals(3, events.index(0));
        assertEquals(1, events.index(1));
        assertEquals(2, events.index(2));
    }

    @Test
    void indexOutsideTheContentsIsRejectedWithTheRange() {
        final Events events = of(8, 1);
        final IndexOutOfBoundsException atSize =
            assertThrows(IndexOutOfBoundsException.class, () -> events.index(1));
        assertTrue(atSize.getMessage().contains("1") && atSize.getMessage().contains("[0, 1)"),
            atSize.getMessage());
        final IndexOutOfBoundsException negative =
            assertThrows(IndexOutOfBoundsException.class, () -> events.index(-1));
        assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> events.index(7),
            "room beyond the size is not content");
        assertEquals(1, events.index(0));
    }

    @Test
    void indexOnAnEmptyBatchIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> Events.withCapacity(4).index(0));
    }

    @Test
    void forEachVisitsIndicesInDeliveryOrder() {
        final Events events = of(4, 4, 0, 9);
        final List<Integer> seen = new ArrayList<>();
        events.forEach(index -> seen.add(index));
        assertEquals(List.of(4, 0, 9), seen);
    }

    @Test
    void forEachOnAnEmptyBatchVisitsNothing() {
        final List<Integer> seen = new ArrayList<>();
        Events.withCapacity(4).forEach(index -> seen.add(index));
        assertEquals(List.of(), seen);
    }

    @Test
    void forEachRejectsANullActionAndLeavesTheBatchAlone() {
        final Events events = of(2, 7);
        assertThrows(NullPointerException.class, () -> events.forEach((IntConsumer) null));
        assertArrayEquals(new int[] {7}, events.toArray());
    }

    @Test
    void toArrayIsACopyOfTheContentsOnly() {
        final Events events = of(16, 1, 5);
        final int[] copy = events.toArray();
        assertArrayEquals(new int[] {1, 5}, copy);
        copy[0] = 99;
        assertEquals(1, events.index(0));
    }

    @Test
    void clearEmptiesTheBatchAndKeepsItsRoom() {
        final Events events = of(1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        final int room = events.capacity();
        events.clear();
        assertTrue(events.isEmpty());
        assertEquals(0, events.size());
        assertEquals(room, events.capacity());
        assertArrayEquals(new int[0], events.toArray());
    }

    @Test
    void toStringListsTheIndicesInOrder() {
        assertEquals("Events[3, 1]", of(4, 3, 1).toString());
        assertEquals("Events[8]", of(4, 8).toString());
        assertEquals("Events[]", Events.withCapacity(4).toString());
    }
}
