package io.nexus.notify.bench.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PeerQueueTest {

    private static final int CAPACITY = 1024;

    static Iterable<String> peers() {
        return Subjects.peers();
    }

    /** The message of what {@code call} throws, which must be an instance of {@code type}. */
    private static String message(Class<? extends Throwable> type, Executable call) {
        return assertThrows(type, call).getMessage();
    }

    @ParameterizedTest
    @MethodSource("peers")
    void anOutOfRangeTokenFailsAsOnTheLibrary(String peer) {
        final Notifier library = EventQueue.create(4).notifier();
        final Notifier subject = Subjects.create(peer, 4).notifier();

        for (int bad : new int[] {-1, 4, Integer.MIN_VALUE}) {
            assertEquals(message(IndexOutOfBoundsException.class, () -> library.notify(bad)),
                message(IndexOutOfBoundsException.class, () -> subject.notify(bad)));
        }
        assertEquals("token index 4 is out of range [0, 4)",
            message(IndexOutOfBoundsException.class, () -> subject.notify(4)));
    }

    @ParameterizedTest
    @MethodSource("peers")
    void aNegativeLimitFailsAsOnTheLibraryAndTakesNothing(String peer) {
        final Poller library = EventQueue.create(4).poller();
        final EventQueue queue = Subjects.create(peer, 4);
        queue.notifier().notify(1);
        final Events events = Events.withCapacity(4);

        final String expected = message(IllegalArgumentException.class,
            () -> library.poll(events, -1));
        assertEquals(expected,
            message(IllegalArgumentException.class, () -> queue.poller().poll(events, -1)));
        assertEquals("limit must be >= 0, was -1", expected);
        assertEquals(1, queue.poller().poll(events));
    }

    @ParameterizedTest
    @MethodSource("peers")
    void aCapacityOutOfRangeFailsAsOnTheLibrary(String peer) {
        for (int bad : new int[] {0, -1, EventQueue.MAX_CAPACITY + 1}) {
            assertEquals(message(IllegalArgumentException.class, () -> EventQueue.create(bad)),
                message(IllegalArgumentException.class, () -> Subjects.create(peer, bad)));
        }
    }

    @ParameterizedTest
    @MethodSource("peers")
    void pollDeliversOldestFirstEachOnceWithinTheLimit(String peer) {
        final EventQueue queue = Subjects.create(peer, 4);
        final Notifier notifier = queue.notifier();
        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(4);
        assertTrue(notifier.notify(2));
        assertTrue(notifier.notify(0));
        assertTrue(notifier.notify(3));
        assertFalse(notifier.notify(0));

        assertEquals(2, poller.poll(events, 2));
        assertArrayEquals(new int[] {2, 0}, events.toArray());
        assertEquals(1, poller.poll(events, 2));
        assertArrayEquals(new int[] {3}, events.toArray());
        assertTrue(notifier.notify(0));
        assertEquals(1, poller.poll(events));
        assertArrayEquals(new int[] {0}, events.toArray());
    }

    @ParameterizedTest
    @MethodSource("peers")
    void isEmptyCountsEveryQueuedToken(String peer) {
        final EventQueue queue = Subjects.create(peer, 4);
        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(4);
        assertTrue(poller.isEmpty());

        queue.notifier().notify(3);
        assertFalse(poller.isEmpty());
        poller.poll(events);
        assertTrue(poller.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("peers")
    void anUnlimitedPollGrowsTheBatchForWhatIsQueuedNotForTheCapacity(String peer) {
        final EventQueue queue = Subjects.create(peer, CAPACITY);
        queue.notifier().notify(5);
        queue.notifier().notify(7);
        final Events events = Events.withCapacity(0);

        assertEquals(2, queue.poller().poll(events));
        assertArrayEquals(new int[] {5, 7}, events.toArray());
        assertTrue(events.capacity() < CAPACITY, "capacity " + events.capacity());
    }
}
