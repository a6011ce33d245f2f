package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.Token;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single-threaded semantics: conflation, FIFO delivery, budgeted polls, re-arming, the strict
 * {@link Poller#isEmpty()}, capacity edges, {@link Events} reuse and growth, and steady-state
 * allocation. Includes the reference's own tests.
 */
public abstract class SemanticsConformance extends ConformanceSupport {

    /** The room a batch that started empty may reach when a poll returns a few tokens. */
    private static final int SMALL_BATCH = 1024;

    /** Creates the group; subclasses supply {@link #newQueue(int)}. */
    protected SemanticsConformance() {
    }

    @Test
    void newQueueReportsItsShapeAndIsEmpty() {
        final EventQueue q = newQueue(16);
        assertEquals(16, q.capacity());
        assertEquals(16, q.poller().capacity());
        assertNotNull(q.backend());
        assertFalse(q.backend().isBlank(), "backend name must not be blank");
        assertSame(q.notifier(), q.notifier(), "notifier() must return the same instance");
        assertSame(q.poller(), q.poller(), "poller() must return the same instance");
        assertTrue(q.poller().isEmpty(), "a new queue must be empty");
        assertArrayEquals(new int[0], pollAll(q.poller()));
        assertTrue(q.poller().isEmpty(), "an empty poll must leave the queue empty");
    }

    @Test
    void pollOnEmptyReturnsZeroAndClearsEvents() {
        final EventQueue q = newQueue(8);
        final Events events = Events.withCapacity(4);
        notifyNew(q.notifier(), 1, 2);
        assertEquals(2, q.poller().poll(events));
        assertEquals(0, q.poller().poll(events));
        assertTrue(events.isEmpty(), "an empty poll must clear the buffer");
        notifyNew(q.notifier(), 3);
        assertEquals(1, q.poller().poll(events));
        assertEquals(0, q.poller().poll(events, 5));
        assertTrue(events.isEmpty(), "an empty limited poll must clear the buffer");
    }

    @Test
    void notifyReturnsTrueWhenQueuedAndFalseWhenConflated() {
        final Notifier n = newQueue(4).notifier();
        assertTrue(n.notify(2));
        assertFalse(n.notify(2));
        assertFalse(n.notify(new Token(2)));
        assertTrue(n.notify(new Token(3)));
        assertFalse(n.notify(3));
    }

    @Test
    void fifoAcrossTokens() {
        final EventQueue q = newQueue(16);
        notifyNew(q.notifier(), 5, 1, 9, 0, 15, 3);
        assertArrayEquals(new int[] {5, 1, 9, 0, 15, 3}, pollAll(q.poller()));
    }

    @Test
    void hundredNotifiesOfOneTokenGiveOneEvent() {
        final EventQueue q = newQueue(16);
        assertTrue(q.notifier().notify(7));
        for (int i = 1; i < 100; i++) {
            assertFalse(q.notifier().notify(7), "a pending token must be conflated");
        }
        assertArrayEquals(new int[] {7}, pollAll(q.poller()));
        assertArrayEquals(new int[0], pollAll(q.poller()));
    }

    @Test
    void pollReArmsEachDeliveredToken() {
        final EventQueue q = newQueue(16);
        notifyNew(q.notifier(), 3, 4);
        assertArrayEquals(new int[] {3, 4}, pollAll(q.poller()));
        assertTrue(q.notifier().notify(4), "a polled token must be re-armed");
        assertTrue(q.notifier().notify(3), "a polled token must be re-armed");
        assertArrayEquals(new int[] {4, 3}, pollAll(q.poller()));
    }

    @Test
    void notifyByTokenAndByIndexAreTheSameToken() {
        final EventQueue q = newQueue(8);
        assertTrue(q.notifier().notify(new Token(4)));
        assertFalse(q.notifier().notify(4));
        assertArrayEquals(new int[] {4}, pollAll(q.poller()));
    }

    @Test
    void pollWithLimitZeroDrainsNothing() {
        final EventQueue q = newQueue(8);
        final Events events = Events.withCapacity(8);
        notifyNew(q.notifier(), 1);
        q.poller().poll(events);
        notifyNew(q.notifier(), 1, 2, 3);
        assertEquals(0, q.poller().poll(events, 0));
        assertTrue(events.isEmpty(), "a poll with limit 0 must still clear the buffer");
        assertFalse(q.notifier().notify(2), "limit 0 must leave tokens pending");
        assertArrayEquals(new int[] {1, 2, 3}, pollAll(q.poller()));
    }

    @Test
    void pollWithLimitBelowReadyCountLeavesTheRestInOrder() {
        final EventQueue q = newQueue(16);
        notifyNew(q.notifier(), 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        assertArrayEquals(new int[] {9, 8, 7, 6}, poll(q.poller(), 4));
        assertFalse(q.notifier().notify(5), "undrained tokens stay pending");
        assertArrayEquals(new int[] {5, 4, 3, 2, 1, 0}, pollAll(q.poller()));
    }

    @Test
    void pollWithLimitAboveReadyCountDrainsAll() {
        final EventQueue q = newQueue(16);
        notifyNew(q.notifier(), 3, 1, 2);
        assertArrayEquals(new int[] {3, 1, 2}, poll(q.poller(), 10));
        assertArrayEquals(new int[0], poll(q.poller(), 10));
    }

    @Test
    void pollWithLimitEqualToReadyCountDrainsAll() {
        final EventQueue q = newQueue(16);
        notifyNew(q.notifier(), 3, 1, 2);
        assertArrayEquals(new int[] {3, 1, 2}, poll(q.poller(), 3));
        assertArrayEquals(new int[0], pollAll(q.poller()));
    }

    @Test
    void successiveLimitedPollsKeepFifoWithNewTokensBehind() {
        final EventQueue q = newQueue(32);
        notifyNew(q.notifier(), range(0, 10));
        assertArrayEquals(new int[] {0, 1, 2}, poll(q.poller(), 3));
        notifyNew(q.notifier(), 20, 0);
        assertArrayEquals(new int[] {3, 4, 5}, poll(q.poller(), 3));
        assertArrayEquals(new int[] {6, 7, 8}, poll(q.poller(), 3));
        assertArrayEquals(new int[] {9, 20, 0}, poll(q.poller(), 3));
        assertArrayEquals(new int[0], poll(q.poller(), 3));
    }

    @Test
    void renotifyOfPendingTokenIsConflatedAndKeepsItsPlace() {
        final EventQueue q = newQueue(8);
        notifyNew(q.notifier(), 1, 2, 3);
        assertFalse(q.notifier().notify(1));
        assertFalse(q.notifier().notify(3));
        assertArrayEquals(new int[] {1, 2, 3}, pollAll(q.poller()));
    }

    @Test
    void renotifyOfDrainedTokenGoesToTheBack() {
        final EventQueue q = newQueue(8);
        notifyNew(q.notifier(), 1, 2, 3);
        assertArrayEquals(new int[] {1}, poll(q.poller(), 1));
        assertTrue(q.notifier().notify(1));
        assertArrayEquals(new int[] {2, 3, 1}, pollAll(q.poller()));
    }

    /** With 4096 ready, a poll limited to 32 returns exactly the 32 oldest and leaves 4064. */
    @Test
    void limitedPollTakesTheOldestAndLeavesTheBacklog() {
        final EventQueue q = newQueue(4096);
        final int[] order = permutation(4096, 4096);
        notifyNew(q.notifier(), order);
        assertArrayEquals(Arrays.copyOf(order, 32), poll(q.poller(), 32));
        final int[] rest = pollAll(q.poller());
        assertEquals(4064, rest.length);
        assertArrayEquals(Arrays.copyOfRange(order, 32, 4096), rest);
    }

    @Test
    void capacityOne() {
        final EventQueue q = newQueue(1);
        assertEquals(1, q.capacity());
        assertTrue(q.notifier().notify(0));
        assertFalse(q.notifier().notify(0));
        assertArrayEquals(new int[] {0}, pollAll(q.poller()));
        assertArrayEquals(new int[0], pollAll(q.poller()));
        for (int round = 0; round < 3; round++) {
            assertTrue(q.notifier().notify(0));
            assertArrayEquals(new int[0], poll(q.poller(), 0));
            assertArrayEquals(new int[] {0}, poll(q.poller(), 1));
        }
    }

    @Test
    void everyTokenCanBePendingAtOnce() {
        final EventQueue q = newQueue(1000);
        final int[] order = permutation(1000, 1000);
        notifyNew(q.notifier(), order);
        for (int t = 0; t < 1000; t++) {
            assertFalse(q.notifier().notify(t), "every token is pending");
        }
        assertArrayEquals(order, pollAll(q.poller()));
        notifyNew(q.notifier(), range(0, 1000));
        assertArrayEquals(range(0, 1000), pollAll(q.poller()));
    }

    /**
     * Fills every token in a shuffled order, drains with random limits, several rounds, so that
     * ring backends wrap and every token is re-armed many times.
     *
     * @param capacity the queue capacity, powers of two and not
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 64, 100, 1023, 1025})
    void randomLimitedDrainsKeepFifoOverManyRounds(int capacity) {
        final EventQueue q = newQueue(capacity);
        final Random random = new Random(capacity);
        final Events events = Events.withCapacity(0);
        for (int round = 0; round < 5; round++) {
            final int[] order = permutation(capacity, round * 31L + capacity);
            notifyNew(q.notifier(), order);
            final List<Integer> got = new ArrayList<>();
            while (got.size() < capacity) {
                final int limit = random.nextInt(Math.max(2, capacity / 3));
                final int n = q.poller().poll(events, limit);
                assertTrue(n <= limit);
                events.forEach(t -> got.add(t));
            }
            assertArrayEquals(order, got.stream().mapToInt(Integer::intValue).toArray());
            assertTrue(q.poller().isEmpty(), "every token was taken");
            assertEquals(0, q.poller().poll(events));
        }
    }

    @Test
    void eventsGrowFromZeroAndAreReused() {
        final EventQueue q = newQueue(300);
        final Events events = Events.withCapacity(0);
        notifyNew(q.notifier(), range(0, 300));
        assertEquals(300, q.poller().poll(events));
        assertEquals(300, events.size());
        assertTrue(events.capacity() >= 300);
        for (int i = 0; i < 300; i++) {
            assertEquals(i, events.index(i));
        }
        final int room = events.capacity();
        notifyNew(q.notifier(), 42, 7);
        assertEquals(2, q.poller().poll(events));
        assertEquals(2, events.size(), "a poll replaces the buffer's contents");
        assertEquals(room, events.capacity(), "a reused buffer keeps its room");
        assertEquals(42, events.index(0));
        assertEquals(7, events.index(1));
        final List<Integer> seen = new ArrayList<>();
        events.forEach(t -> seen.add(t));
        assertEquals(List.of(42, 7), seen);
        assertArrayEquals(new int[] {42, 7}, events.toArray());
    }

    /**
     * A poll grows its batch for what is queued, not for the queue's capacity or its limit:
     * three tokens pending in a queue of 65,536 must leave a batch that started empty with
     * fewer than {@value #SMALL_BATCH} slots, for an unlimited poll and for a limit far above
     * what is queued.
     */
    @Test
    void pollOfAFewTokensDoesNotGrowTheBatchToTheCapacity() {
        final int capacity = 1 << 16;
        final EventQueue q = newQueue(capacity);
        notifyNew(q.notifier(), 5, capacity - 1, 17);
        final Events unlimited = Events.withCapacity(0);
        assertEquals(3, q.poller().poll(unlimited));
        assertArrayEquals(new int[] {5, capacity - 1, 17}, unlimited.toArray());
        assertTrue(unlimited.capacity() < SMALL_BATCH, () -> "an unlimited poll of 3 tokens"
            + " grew the batch to " + unlimited.capacity() + " slots");
        notifyNew(q.notifier(), 9, 4);
        final Events limited = Events.withCapacity(0);
        assertEquals(2, q.poller().poll(limited, capacity));
        assertArrayEquals(new int[] {9, 4}, limited.toArray());
        assertTrue(limited.capacity() < SMALL_BATCH, () -> "a poll of 2 tokens with limit "
            + capacity + " grew the batch to " + limited.capacity() + " slots");
    }

    @Test
    void isEmptyIsFalseFromNotifyUntilThePollThatTakesEverything() {
        final EventQueue q = newQueue(8);
        final Poller p = q.poller();
        notifyNew(q.notifier(), 6);
        assertFalse(p.isEmpty(), "a notify that returned true must make the queue non-empty");
        assertFalse(p.isEmpty(), "isEmpty must not consume anything");
        assertFalse(q.notifier().notify(6));
        notifyNew(q.notifier(), 2);
        assertFalse(p.isEmpty());
        assertArrayEquals(new int[] {6, 2}, pollAll(p));
        assertTrue(p.isEmpty(), "the poll that took everything must leave the queue empty");
        notifyNew(q.notifier(), 6);
        assertFalse(p.isEmpty(), "a re-armed token notified again must count");
        assertArrayEquals(new int[] {6}, poll(p, 1));
        assertTrue(p.isEmpty(), "a limited poll that took everything must leave it empty");
    }

    @Test
    void limitedPollThatLeavesTokensLeavesIsEmptyFalse() {
        final EventQueue q = newQueue(8);
        final Poller p = q.poller();
        notifyNew(q.notifier(), 1, 2, 3);
        assertArrayEquals(new int[0], poll(p, 0));
        assertFalse(p.isEmpty(), "a poll with limit 0 must leave the queue non-empty");
        assertArrayEquals(new int[] {1, 2}, poll(p, 2));
        assertFalse(p.isEmpty(), "a limited poll that left a token must leave isEmpty false");
        assertArrayEquals(new int[] {3}, poll(p, 2));
        assertTrue(p.isEmpty());
    }

    @Test
    void queuesAreIndependent() {
        final EventQueue a = newQueue(8);
        final EventQueue b = newQueue(8);
        notifyNew(a.notifier(), 1);
        assertArrayEquals(new int[0], pollAll(b.poller()));
        assertTrue(b.notifier().notify(1));
        assertArrayEquals(new int[] {1}, pollAll(a.poller()));
        assertArrayEquals(new int[] {1}, pollAll(b.poller()));
    }

    /**
     * Steady-state notify and poll allocate nothing: no boxing per notify, no garbage per poll.
     * Measured with the thread allocation counter; skipped where the JVM lacks it.
     */
    @Test
    void steadyStateNotifyAndPollAllocateNothing() {
        final java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
            "needs com.sun.management.ThreadMXBean");
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported()
            && threads.isThreadAllocatedMemoryEnabled(), "needs thread allocation accounting");
        final EventQueue q = newQueue(1024);
        final Events events = Events.withCapacity(1024);
        final long thread = Thread.currentThread().getId();
        cycle(q, events, 20_000);
        final long before = threads.getThreadAllocatedBytes(thread);
        final int iterations = 100_000;
        cycle(q, events, iterations);
        final long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < iterations, () -> allocated + " bytes allocated over " + iterations
            + " notify/poll rounds; steady state must allocate nothing");
    }

    private static void cycle(EventQueue q, Events events, int iterations) {
        final Notifier n = q.notifier();
        final Poller p = q.poller();
        for (int i = 0; i < iterations; i++) {
            final int base = (i * 4) & 1023;
            n.notify(base);
            n.notify(base + 1);
            n.notify(base + 2);
            n.notify(base + 3);
            n.notify(base);
            if (p.poll(events, 3) != 3 || p.poll(events) != 1) {
                throw new AssertionError("round " + i + " did not deliver its 4 tokens");
            }
        }
    }
}
