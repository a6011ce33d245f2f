package io.nexus.notify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The backends' write path into a batch: append grows, reserve makes room without showing it,
 * commit shows what was written, and a rejected call leaves the batch as it was.
 */
class EventsWritePathTest {

    private static Events of(int capacity, int... indices) {
        final Events events = Events.withCapacity(capacity);
        for (int index : indices) {
            events.append(index);
        }
        return events;
    }

    private static void assertUnchanged(Events events, int capacity, int... indices) {
        assertArrayEquals(indices, events.toArray(), "contents");
        assertEquals(capacity, events.capacity(), "capacity");
    }

    @Test
    void appendKeepsOrderAndGrowsPastTheInitialRoom() {
        final Events events = Events.withCapacity(0);
        for (int i = 0; i < 1000; i++) {
            events.append(i);
        }
        assertEquals(1000, events.size());
        assertTrue(events.capacity() >= 1000, "capacity " + events.capacity());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, events.index(i));
        }
    }

    @Test
    void appendAfterClearStartsAtTheFront() {
        final Events events = of(4, 1, 2, 3);
        events.clear();
        events.append(9);
        assertArrayEquals(new int[] {9}, events.toArray());
        assertEquals(4, events.capacity());
    }

    @Test
    void reserveReturnsAnArrayWithRoomAfterTheSizeAndShowsNothing() {
        final Events events = of(0, 4, 5);
        final int[] into = events.reserve(300);
        assertTrue(into.length >= 2 + 300, "array length " + into.length);
        assertTrue(events.capacity() >= 2 + 300, "capacity " + events.capacity());
        assertEquals(4, into[0], "the contents are carried into the grown array");
        assertEquals(5, into[1], "the contents are carried into the grown array");
        assertArrayEquals(new int[] {4, 5}, events.toArray(), "reserved room is not content");
    }

    @Test
    void reserveDoesNotGrowWhenTheRoomSuffices() {
        final Events events = of(8, 1, 2);
        final int[] backing = events.reserve(0);
        assertSame(backing, events.reserve(6));
        assertEquals(8, events.capacity());
        assertArrayEquals(new int[] {1, 2}, events.toArray());
    }

    @Test
    void commitMakesTheWrittenIndicesVisibleInOrder() {
        final Events events = of(2, 7);
        final int[] into = events.reserve(3);
        into[1] = 10;
        into[2] = 11;
        into[3] = 12;
        assertEquals(1, events.size(), "nothing shows before the commit");
        events.commit(3);
        assertArrayEquals(new int[] {7, 10, 11, 12}, events.toArray());
    }

    @Test
    void commitMayCountFewerThanWereReserved() {
        final Events events = Events.withCapacity(0);
        final int[] into = events.reserve(5);
        into[0] = 3;
        events.commit(1);
        assertArrayEquals(new int[] {3}, events.toArray());
    }

    @Test
    void negativeReserveIsRejectedAndChangesNothing() {
        final Events empty = Events.withCapacity(4);
        assertThrows(IllegalArgumentException.class, () -> empty.reserve(-1));
        assertUnchanged(empty, 4);

        final Events filled = of(4, 6, 7);
        assertThrows(IllegalArgumentException.class, () -> filled.reserve(-1));
        assertUnchanged(filled, 4, 6, 7);
    }

    @Test
    void aReserveTooLargeForAnArrayIsRejectedAndChangesNothing() {
        final Events events = of(4, 6, 7);
        assertThrows(IllegalArgumentException.class,
            () -> events.reserve(Integer.MAX_VALUE));
        assertUnchanged(events, 4, 6, 7);
    }

    @Test
    void negativeCommitIsRejectedAndChangesNothing() {
        final Events events = of(4, 6, 7);
        assertThrows(IllegalArgumentException.class, () -> events.commit(-1));
        assertUnchanged(events, 4, 6, 7);
    }

    @Test
    void commitBeyondTheRoomIsRejectedAndChangesNothing() {
        final Events events = of(4, 6);
        assertThrows(IllegalArgumentException.class, () -> events.commit(4));
        assertUnchanged(events, 4, 6);
        assertThrows(IllegalArgumentException.class,
            () -> events.commit(Integer.MAX_VALUE));
        assertUnchanged(events, 4, 6);
    }

    @Test
    void negativeIndexIsRejectedWithTheValueAndChangesNothing() {
        final Events events = of(2, 6);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> events.append(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertUnchanged(events, 2, 6);
    }
}
