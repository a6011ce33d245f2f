package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.Token;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Single-threaded behaviour of the engine over the built-in ring. */
class ConflatingEventQueueTest {

    private final EventQueue queue = EventQueue.create(64, "builtin");
    private final Notifier notifier = queue.notifier();
    private final Poller poller = queue.poller();
    private final Events events = Events.withCapacity(64);

    @Test
    void deliversTokensInTheOrderTheyBecamePending() {
        notifier.notify(5);
        notifier.notify(new Token(2));
        notifier.notify(9);
        assertEquals(3, poller.poll(events));
        assertArrayEquals(new int[] {5, 2, 9}, events.toArray());
    }

    @Test
    void aHundredNotifiesOfOneTokenGiveOneEvent() {
        assertTrue(notifier.notify(3));
        for (int i = 1; i < 100; i++) {
            assertFalse(notifier.notify(3), "notify " + i + " must be conflated");
        }
        assertEquals(1, poller.poll(events));
        assertArrayEquals(new int[] {3}, events.toArray());
        assertEquals(0, poller.poll(events));
    }

    @Test
    void aPolledTokenIsReArmed() {
        notifier.notify(1);
        poller.poll(events);
        assertTrue(notifier.notify(1), "a drained token queues again");
        assertEquals(1, poller.poll(events));
        assertArrayEquals(new int[] {1}, events.toArray());
    }

    @Test
    void pollOnEmptyReturnsZeroAndClearsEvents() {
        events.append(42);
        assertEquals(0, poller.poll(events));
        assertTrue(events.isEmpty());
    }

    @Test
    void limitZeroDrainsNothing() {
        notifier.notify(1);
        assertEquals(0, poller.poll(events, 0));
        assertTrue(events.isEmpty());
        assertEquals(1, poller.poll(events));
    }

    @Test
    void limitBelowTheReadyCountLeavesTheRestInOrder() {
        IntStream.range(0, 10).forEach(notifier::notify);
        assertEquals(4, poller.poll(events, 4));
        assertArrayEquals(new int[] {0, 1, 2, 3}, events.toArray());
        assertEquals(4, poller.poll(events, 4));
        assertArrayEquals(new int[] {4, 5, 6, 7}, events.toArray());
        assertEquals(2, poller.poll(events, 4));
        assertArrayEquals(new int[] {8, 9}, events.toArray());
        assertEquals(0, poller.poll(events, 4));
    }

    @Test
    void limitAboveTheReadyCountDrainsEverything() {
        IntStream.range(0, 3).forEach(notifier::notify);
        assertEquals(3, poller.poll(events, 1000));
        assertArrayEquals(new int[] {0, 1, 2}, events.toArray());
    }

    @Test
    void stillPendingTokenIsConflatedAndDrainedTokenGoesToTheBack() {
        IntStream.range(0, 4).forEach(notifier::notify);
        assertEquals(2, poller.poll(events, 2));
        assertFalse(notifier.notify(3), "3 is still pending");
        assertTrue(notifier.notify(0), "0 was drained, so it is queued again");
        assertEquals(3, poller.poll(events));
        assertArrayEquals(new int[] {2, 3, 0}, events.toArray());
    }

    @Test
    void limitedPollFromALargeBacklogTakesExactlyTheOldest() {
        final EventQueue big = EventQueue.create(4096, "builtin");
        IntStream.range(0, 4096).forEach(i -> big.notifier().notify(4095 - i));
        assertEquals(32, big.poller().poll(events, 32));
        assertArrayEquals(IntStream.range(0, 32).map(i -> 4095 - i).toArray(), events.toArray());
        assertEquals(4064, big.poller().poll(events));
        assertEquals(4095 - 32, events.index(0));
    }

    @Test
    void capacityOneWorks() {
        final EventQueue one = EventQueue.create(1, "builtin");
        assertEquals(1, one.capacity());
        assertTrue(one.notifier().notify(0));
        assertFalse(one.notifier().notify(0));
        assertEquals(1, one.poller().poll(events));
        assertTrue(one.notifier().notify(0));
        assertEquals(1, one.poller().poll(events));
        assertThrows(IndexOutOfBoundsException.class, () -> one.notifier().notify(1));
    }

    @Test
    void everyTokenCanBePendingAtOnceAndTheQueueRefillsAfterWrapping() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 64; i++) {
                assertTrue(notifier.notify((i * 7 + round) % 64));
            }
            assertEquals(64, poller.poll(events));
            for (int i = 0; i < 64; i++) {
                assertEquals((i * 7 + round) % 64, events.index(i));
            }
        }
    }

    @Test
    void eventsGrowWhenAPollReturnsMoreThanTheyHeld() {
        final Events small = Events.withCapacity(1);
        IntStream.range(0, 50).forEach(notifier::notify);
        assertEquals(50, poller.poll(small));
        assertEquals(50, small.size());
    }

    @Test
    void describesItself() {
        assertEquals("builtin", queue.backend());
        assertEquals(64, queue.capacity());
        assertEquals(64, poller.capacity());
        assertSame(notifier, queue.notifier());
        assertSame(poller, queue.poller());
        assertEquals("EventQueue[backend=builtin, capacity=64]", queue.toString());
    }
}
