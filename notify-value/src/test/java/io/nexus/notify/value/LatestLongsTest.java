package io.nexus.notify.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every method of {@link LatestLongs} over the builtin backend, and every bad input: the
 * exception names the bad value, and nothing changed (each tuple and version as it was, no
 * token became pending, no write lock left held).
 */
class LatestLongsTest {

    private static final int CAPACITY = 16;
    private static final int WIDTH = 4;

    private final EventQueue queue = EventQueue.create(CAPACITY, "builtin");
    private final LatestLongs ticks = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);

    /** Polls everything pending. */
    private int[] pollAll() {
        final Events events = Events.withCapacity(0);
        queue.poller().poll(events);
        return events.toArray();
    }

    /** Reads a token's tuple and checks that the version agrees with {@code version()}. */
    private static long[] read(LatestLongs longs, int token, long expectedVersion) {
        final long[] into = new long[longs.width()];
        assertEquals(expectedVersion, longs.read(token, into), "version of token " + token);
        assertEquals(expectedVersion, longs.version(token), "version() of token " + token);
        return into;
    }

    /**
     * Makes the state every bad input must leave alone: token 3 written twice and pending,
     * token 5 written once and not pending (its delivery was polled).
     */
    private void seed() {
        assertTrue(ticks.publish(5, 50, 51, 52, 53));
        assertArrayEquals(new int[] {5}, pollAll());
        assertTrue(ticks.publish(3, 1, 2, 3, 4));
        assertFalse(ticks.publish(3, 30, 31, 32, 33));
    }

    /**
     * Asserts the state {@link #seed()} made, unchanged, then that the tuples work normally (a
     * read of every token returns, so no write lock was left held).
     */
    private void assertUntouchedAndUsable() {
        for (int t = 0; t < CAPACITY; t++) {
            final long[] expected = t == 3 ? new long[] {30, 31, 32, 33}
                : t == 5 ? new long[] {50, 51, 52, 53} : new long[WIDTH];
            assertArrayEquals(expected, read(ticks, t, t == 3 ? 2 : t == 5 ? 1 : 0),
                "fields of token " + t);
        }
        assertArrayEquals(new int[] {3}, pollAll(), "only token 3 may be pending");
        assertTrue(ticks.publish(CAPACITY - 1, 9, 8, 7, 6));
        assertTrue(ticks.publish(5, new long[] {5, 5, 5, 5}));
        assertArrayEquals(new int[] {CAPACITY - 1, 5}, pollAll());
        assertArrayEquals(new long[] {9, 8, 7, 6}, read(ticks, CAPACITY - 1, 1));
        assertArrayEquals(new long[] {5, 5, 5, 5}, read(ticks, 5, 2));
    }

    private static void assertMentions(Throwable e, String... parts) {
        final String message = e.getMessage();
        for (String part : parts) {
            assertTrue(message != null && message.contains(part),
                () -> "message '" + message + "' should mention '" + part + "'");
        }
    }

    /** A notifier that accepts every token up to the queue's largest capacity and queues none. */
    private static Notifier largest() {
        return new Notifier() {
            @Override
            public boolean notify(int token) {
                return true;
            }

            @Override
            public int capacity() {
                return EventQueue.MAX_CAPACITY;
            }
        };
    }

    @Test
    void newTuplesAreZeroAtVersionZero() {
        assertEquals(CAPACITY, ticks.capacity());
        assertEquals(WIDTH, ticks.width());
        for (int t = 0; t < CAPACITY; t++) {
            assertArrayEquals(new long[WIDTH], read(ticks, t, 0));
        }
        assertArrayEquals(new int[0], pollAll(), "creating tuples notifies nothing");
    }

    @Test
    void eachFixedArityPublishWritesItsWidth() {
        final long[][] expected = {{11}, {21, 22}, {31, 32, 33}, {41, 42, 43, 44}};
        final LatestLongs[] tuples = new LatestLongs[4];
        for (int w = 1; w <= 4; w++) {
            tuples[w - 1] = LatestLongs.over(queue.notifier(), CAPACITY, w);
            assertEquals(w, tuples[w - 1].width());
        }
        assertTrue(tuples[0].publish(1, 11));
        assertTrue(tuples[1].publish(2, 21, 22));
        assertTrue(tuples[2].publish(3, 31, 32, 33));
        assertTrue(tuples[3].publish(4, 41, 42, 43, 44));
        assertArrayEquals(new int[] {1, 2, 3, 4}, pollAll());
        for (int w = 1; w <= 4; w++) {
            assertArrayEquals(expected[w - 1], read(tuples[w - 1], w, 1));
        }
    }

    @Test
    void anArrayPublishWritesAnyWidthAndKeepsNoReferenceToTheArray() {
        final LatestLongs wide =
            LatestLongs.over(queue.notifier(), CAPACITY, LatestLongs.MAX_WIDTH);
        final long[] values = new long[LatestLongs.MAX_WIDTH];
        Arrays.setAll(values, i -> 1000 + i);
        final long[] copy = values.clone();
        assertTrue(wide.publish(9, values));
        values[0] = -1;
        assertArrayEquals(copy, read(wide, 9, 1), "the fields as they were when published");
        final LatestLongs four = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);
        assertFalse(four.publish(9, new long[] {1, 2, 3, 4}), "token 9 is still pending");
        assertArrayEquals(new long[] {1, 2, 3, 4}, read(four, 9, 1));
    }

    @Test
    void publishReturnsWhatNotifyReturned() {
        assertTrue(ticks.publish(7, 1, 1, 1, 1), "an idle token becomes pending");
        assertFalse(ticks.publish(7, 2, 2, 2, 2), "a pending token conflates");
        assertFalse(ticks.publish(7, new long[] {3, 3, 3, 3}), "a pending token conflates");
        assertArrayEquals(new int[] {7}, pollAll());
        assertTrue(ticks.publish(7, 4, 4, 4, 4), "a polled token is re-armed");
    }

    @Test
    void theVersionCountsConflatedWritesAndTheFieldsAreTheLastWrites() {
        ticks.publish(6, 1, 10, 100, 1000);
        ticks.publish(6, 2, 20, 200, 2000);
        ticks.publish(6, 3, 30, 300, 3000);
        assertArrayEquals(new int[] {6}, pollAll(), "three writes, one delivery");
        assertArrayEquals(new long[] {3, 30, 300, 3000}, read(ticks, 6, 3));
        ticks.publish(6, 4, 40, 400, 4000);
        assertArrayEquals(new int[] {6}, pollAll());
        assertArrayEquals(new long[] {4, 40, 400, 4000}, read(ticks, 6, 4),
            "one write since the last look: the version moved by one");
    }

    @Test
    void aReadDoesNotClearSoASpuriousEventReadsTheSameVersion() {
        ticks.publish(2, 7, 7, 7, 7);
        assertArrayEquals(new int[] {2}, pollAll());
        assertArrayEquals(new long[] {7, 7, 7, 7}, read(ticks, 2, 1));
        assertArrayEquals(new long[] {7, 7, 7, 7}, read(ticks, 2, 1), "a read after a read");
        queue.notifier().notify(2);
        assertArrayEquals(new int[] {2}, pollAll(), "a notify without a write: spurious");
        assertArrayEquals(new long[] {7, 7, 7, 7}, read(ticks, 2, 1),
            "a spurious event reads the same version");
    }

    @Test
    void aReadFillsOnlyTheFirstWidthElementsOfALongerArray() {
        ticks.publish(1, 1, 2, 3, 4);
        final long[] into = {-1, -1, -1, -1, -1, -1};
        assertEquals(1, ticks.read(1, into));
        assertArrayEquals(new long[] {1, 2, 3, 4, -1, -1}, into);
    }

    @Test
    void theNotifiersWholeCapacityIsAcceptedAndSoIsEveryWidthInRange() {
        for (int w : new int[] {1, 2, 3, 4, 5, 63, LatestLongs.MAX_WIDTH}) {
            final LatestLongs longs = LatestLongs.over(queue.notifier(), CAPACITY, w);
            final long[] values = new long[w];
            Arrays.fill(values, w);
            longs.publish(CAPACITY - 1, values);
            assertArrayEquals(values, read(longs, CAPACITY - 1, 1));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, CAPACITY, CAPACITY + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void anOutOfRangeTokenIsRejectedByEveryMethod(int bad) {
        final LatestLongs[] byWidth = new LatestLongs[4];
        for (int w = 1; w <= 4; w++) {
            byWidth[w - 1] = LatestLongs.over(queue.notifier(), CAPACITY, w);
        }
        seed();
        final List<Executable> calls = List.of(
            () -> byWidth[0].publish(bad, 1),
            () -> byWidth[1].publish(bad, 1, 2),
            () -> byWidth[2].publish(bad, 1, 2, 3),
            () -> ticks.publish(bad, 1, 2, 3, 4),
            () -> ticks.publish(bad, new long[WIDTH]),
            () -> ticks.read(bad, new long[WIDTH]),
            () -> ticks.version(bad));
        for (Executable call : calls) {
            assertMentions(assertThrows(IndexOutOfBoundsException.class, call),
                Integer.toString(bad), "[0, " + CAPACITY + ")");
        }
        for (int w = 1; w <= 3; w++) {
            for (int t = 0; t < CAPACITY; t++) {
                assertEquals(0, byWidth[w - 1].version(t), "width " + w + " token " + t);
            }
        }
        assertUntouchedAndUsable();
    }

    @Test
    void aTokenTheNotifierAcceptsButTheTuplesDoNotIsRejected() {
        final LatestLongs small = LatestLongs.over(queue.notifier(), 4, WIDTH);
        seed();
        assertMentions(assertThrows(IndexOutOfBoundsException.class,
            () -> small.publish(4, 1, 2, 3, 4)), "4", "[0, 4)");
        assertThrows(IndexOutOfBoundsException.class, () -> small.publish(4, new long[WIDTH]));
        assertUntouchedAndUsable();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aPublishOfTheWrongArityIsRejected(int width) {
        final EventQueue own = EventQueue.create(CAPACITY, "builtin");
        final LatestLongs longs = LatestLongs.over(own.notifier(), CAPACITY, width);
        final long[] first = new long[width];
        Arrays.fill(first, 1);
        longs.publish(3, first);
        assertEquals(1, own.poller().poll(Events.withCapacity(1)));
        final List<Executable> wrong = new ArrayList<>();
        if (width != 1) {
            wrong.add(() -> longs.publish(3, 9));
        }
        if (width != 2) {
            wrong.add(() -> longs.publish(3, 9, 9));
        }
        if (width != 3) {
            wrong.add(() -> longs.publish(3, 9, 9, 9));
        }
        if (width != 4) {
            wrong.add(() -> longs.publish(3, 9, 9, 9, 9));
        }
        wrong.add(() -> longs.publish(3, new long[width - 1]));
        wrong.add(() -> longs.publish(3, new long[width + 1]));
        for (Executable call : wrong) {
            assertMentions(assertThrows(IllegalArgumentException.class, call),
                Integer.toString(width));
        }
        assertArrayEquals(first, read(longs, 3, 1), "the tuple as it was");
        assertTrue(own.poller().isEmpty(), "a rejected publish notifies nothing");
        longs.publish(3, new long[width]);
        assertArrayEquals(new long[width], read(longs, 3, 2), "the write lock is free");
    }

    @Test
    void aNullArrayIsRejected() {
        seed();
        assertThrows(NullPointerException.class, () -> ticks.publish(3, (long[]) null));
        assertThrows(NullPointerException.class, () -> ticks.publish(7, (long[]) null));
        assertThrows(NullPointerException.class, () -> ticks.read(3, null));
        assertUntouchedAndUsable();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, WIDTH - 1})
    void aReadIntoTooShortAnArrayIsRejectedAndLeavesItAlone(int length) {
        seed();
        final long[] into = new long[length];
        Arrays.fill(into, -1);
        assertMentions(assertThrows(IllegalArgumentException.class, () -> ticks.read(3, into)),
            Integer.toString(length), Integer.toString(WIDTH));
        final long[] untouched = new long[length];
        Arrays.fill(untouched, -1);
        assertArrayEquals(untouched, into);
        assertUntouchedAndUsable();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, LatestLongs.MAX_WIDTH + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aWidthOutOfRangeIsRejected(int bad) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LatestLongs.over(queue.notifier(), CAPACITY, bad));
        assertMentions(e, Integer.toString(bad), "[1, " + LatestLongs.MAX_WIDTH + "]");
        assertArrayEquals(new int[0], pollAll(), "a rejected creation notifies nothing");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, CAPACITY + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aCapacityOutsideTheNotifiersIsRejected(int bad) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LatestLongs.over(queue.notifier(), bad, WIDTH));
        assertMentions(e, Integer.toString(bad), "[1, " + CAPACITY + "]");
        assertArrayEquals(new int[0], pollAll(), "a rejected creation notifies nothing");
    }

    /**
     * A capacity and a width each in range whose product no {@code long[]} can hold must be
     * rejected like any other capacity out of range: an {@link IllegalArgumentException}
     * naming both, before anything is allocated.
     */
    @ParameterizedTest
    @ValueSource(ints = {1 << 25, EventQueue.MAX_CAPACITY})
    void aCapacityTooLargeForTheWidthIsRejected(int capacity) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LatestLongs.over(largest(), capacity, LatestLongs.MAX_WIDTH));
        assertMentions(e, Integer.toString(capacity), Integer.toString(LatestLongs.MAX_WIDTH));
    }

    @Test
    void aNullNotifierIsRejected() {
        assertThrows(NullPointerException.class, () -> LatestLongs.over(null, 1, 1));
    }
}
