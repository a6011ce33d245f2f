package io.nexus.notify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The single-threaded queue of {@link EventQueue#createLocal(int)}, on its own thread. */
class LocalEventQueueTest {

    private final EventQueue queue = EventQueue.createLocal(5);
    private final Notifier notifier = queue.notifier();
    private final Poller poller = queue.poller();
    private final Events events = Events.withCapacity(8);

    @Test
    void saysWhatItIsAndIsItsOwnNotifierAndPoller() {
        assertEquals("local", queue.backend());
        assertEquals(5, queue.capacity());
        assertEquals(5, notifier.capacity());
        assertEquals(5, poller.capacity());
        assertSame(queue, notifier);
        assertSame(queue, poller);
    }

    @Test
    void conflatesAndDeliversInOrderOfFirstNotify() {
        assertTrue(notifier.notify(3));
        assertTrue(notifier.notify(1));
        assertFalse(notifier.notify(3));
        assertTrue(notifier.notify(4));
        assertFalse(poller.isEmpty());
        assertEquals(3, poller.poll(events));
        assertArrayEquals(new int[] {3, 1, 4}, events.toArray());
        assertTrue(poller.isEmpty());
        assertEquals(0, poller.poll(events));
        assertEquals(0, events.size());
    }

    @Test
    void aLimitedPollLeavesTheRestInOrderAndReArmsOnlyWhatItTook() {
        for (int t = 0; t < 5; t++) {
            notifier.notify(t);
        }
        assertEquals(2, poller.poll(events, 2));
        assertArrayEquals(new int[] {0, 1}, events.toArray());
        assertTrue(notifier.notify(0), "taken, so re-armed");
        assertFalse(notifier.notify(4), "still pending");
        assertEquals(4, poller.poll(events));
        assertArrayEquals(new int[] {2, 3, 4, 0}, events.toArray());
        assertEquals(0, poller.poll(events, 0));
    }

    @Test
    void wrapsAroundItsRingForever() {
        final EventQueue one = EventQueue.createLocal(1);
        for (int round = 0; round < 1000; round++) {
            assertTrue(one.notifier().notify(0));
            assertFalse(one.notifier().notify(0));
            assertEquals(1, one.poller().poll(events));
        }
    }

    @Test
    void badInputFailsLikeEveryBackendAndChangesNothing() {
        notifier.notify(2);
        assertThrows(IndexOutOfBoundsException.class, () -> notifier.notify(5));
        assertThrows(IndexOutOfBoundsException.class, () -> notifier.notify(-1));
        assertThrows(IllegalArgumentException.class, () -> poller.poll(events, -1));
        assertThrows(NullPointerException.class, () -> poller.poll(null, 1));
        assertThrows(IllegalArgumentException.class, () -> EventQueue.createLocal(0));
        assertThrows(IllegalArgumentException.class,
            () -> EventQueue.createLocal(EventQueue.MAX_CAPACITY + 1));
        assertEquals(1, poller.poll(events));
        assertArrayEquals(new int[] {2}, events.toArray());
    }

    @Test
    void growsTheBatchOnlyForWhatIsQueued() {
        final EventQueue big = EventQueue.createLocal(1 << 20);
        big.notifier().notify(9);
        final Events small = Events.withCapacity(0);
        assertEquals(1, big.poller().poll(small));
        assertTrue(small.capacity() <= 16, "grew to " + small.capacity());
    }

    @Test
    void anotherThreadIsRejectedWhenAssertionsAreEnabled() throws InterruptedException {
        boolean assertions = false;
        assert assertions = true;
        assumeTrue(assertions, "needs -ea, which surefire passes by default");
        notifier.notify(1);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread other = new Thread(() -> {
            try {
                notifier.notify(2);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        other.start();
        other.join();
        assertTrue(failure.get() instanceof AssertionError, String.valueOf(failure.get()));
        assertEquals(1, poller.poll(events), "the other thread changed nothing");
    }
}
