package io.nexus.notify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void startsEmptyWithTheRequestedRoom() {
        final Events events = Events.withCapacity(8);
        assertTrue(events.isEmpty());
        assertEquals(0, events.size());
        assertEquals(8, events.capacity());
    }

    @Test
    void keepsIndicesInAppendOrder() {
        final Events events = Events.withCapacity(4);
        events.add(3);
        events.add(1);
        events.add(2);
        assertEquals(3, events.size());
        assertFalse(events.isEmpty());
        assertArrayEquals(new int[] {3, 1, 2}, events.toArray());
        assertEquals(1, events.index(1));
        assertEquals(new Token(2), events.token(2));
    }

    @Test
    void growsPastItsInitialRoomWithoutDroppingAnything() {
        final Events events = Events.withCapacity(2);
        for (int i = 0; i < 1000; i++) {
            events.add(i);
        }
        assertEquals(1000, events.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, events.index(i));
        }
        assertTrue(events.capacity() >= 1000);
    }

    @Test
    void zeroCapacityIsAllowedAndGrows() {
        final Events events = Events.withCapacity(0);
        assertEquals(0, events.capacity());
        events.add(5);
        assertArrayEquals(new int[] {5}, events.toArray());
    }

    @Test
    void clearKeepsTheRoomForReuse() {
        final Events events = Events.withCapacity(1);
        for (int i = 0; i < 100; i++) {
            events.add(i);
        }
        final int room = events.capacity();
        events.clear();
        assertTrue(events.isEmpty());
        assertEquals(room, events.capacity());
        events.add(9);
        assertArrayEquals(new int[] {9}, events.toArray());
    }

    @Test
    void reserveMakesRoomAhead() {
        final Events events = Events.withCapacity(0);
        events.reserve(300);
        assertTrue(events.capacity() >= 300);
        assertEquals(0, events.size());
        assertThrows(IllegalArgumentException.class, () -> events.reserve(-1));
    }

    @Test
    void forEachVisitsIndicesInOrder() {
        final Events events = Events.withCapacity(4);
        events.add(4);
        events.add(0);
        final List<Integer> seen = new ArrayList<>();
        events.forEach((int i) -> seen.add(i));
        assertEquals(List.of(4, 0), seen);
        final List<Integer> seenByIndex = new ArrayList<>();
        events.forEachIndex(i -> seenByIndex.add(i));
        assertEquals(List.of(4, 0), seenByIndex);
    }

    @Test
    void iteratesTokensInOrderAndStopsAtTheEnd() {
        final Events events = Events.withCapacity(4);
        events.add(6);
        events.add(2);
        final List<Token> seen = new ArrayList<>();
        for (Token t : events) {
            seen.add(t);
        }
        assertEquals(List.of(new Token(6), new Token(2)), seen);
        final Iterator<Token> it = events.iterator();
        it.next();
        it.next();
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void toStringListsIndices() {
        final Events events = Events.withCapacity(4);
        events.add(3);
        events.add(1);
        assertEquals("Events[3, 1]", events.toString());
    }

    @Test
    void negativeCapacityIsRejected() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> Events.withCapacity(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void positionsOutsideTheContentsAreRejectedWithTheRange() {
        final Events events = Events.withCapacity(8);
        events.add(1);
        final IndexOutOfBoundsException e =
            assertThrows(IndexOutOfBoundsException.class, () -> events.index(1));
        assertTrue(e.getMessage().contains("1") && e.getMessage().contains("[0, 1)"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> events.index(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> events.token(5));
        assertEquals(1, events.index(0));
    }

    @Test
    void badAppendsAndNullActionsLeaveContentsUntouched() {
        final Events events = Events.withCapacity(2);
        events.add(7);
        assertThrows(IllegalArgumentException.class, () -> events.add(-2));
        assertThrows(NullPointerException.class, () -> events.forEach((IntConsumer) null));
        assertThrows(NullPointerException.class, () -> events.forEachIndex(null));
        assertArrayEquals(new int[] {7}, events.toArray());
    }

    @Test
    void toArrayIsACopy() {
        final Events events = Events.withCapacity(2);
        events.add(1);
        final int[] copy = events.toArray();
        copy[0] = 99;
        assertEquals(1, events.index(0));
    }
}
