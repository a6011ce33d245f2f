package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import org.junit.jupiter.api.Test;

/**
 * A poll into a batch too small for its limit grows the batch for what is queued at that
 * moment, not for the limit or the queue's capacity.
 */
class ConflatingEventQueueBatchGrowthTest {

    /** Far below the capacity used here; above the smallest room a growing batch takes. */
    private static final int SMALL = 64;

    private static final int CAPACITY = 1 << 20;

    private static void assertThreeDeliveredIntoASmallBatch(Poller poller, int limit) {
        final Events events = Events.withCapacity(0);
        assertEquals(3, poller.poll(events, limit));
        assertArrayEquals(new int[] {7, 1_000_000, 3}, events.toArray());
        assertTrue(events.capacity() <= SMALL, "the batch grew to " + events.capacity());
    }

    private static void notifyThree(EventQueue queue) {
        queue.notifier().notify(7);
        queue.notifier().notify(1_000_000);
        queue.notifier().notify(3);
    }

    @Test
    void anUnlimitedPollOnTheBuiltinRingGrowsForThePendingTokensOnly() {
        final EventQueue queue = EventQueue.create(CAPACITY, "builtin");
        notifyThree(queue);
        assertThreeDeliveredIntoASmallBatch(queue.poller(), Integer.MAX_VALUE);
    }

    @Test
    void aLimitedPollOnTheBuiltinRingGrowsForThePendingTokensOnly() {
        final EventQueue queue = EventQueue.create(CAPACITY, "builtin");
        notifyThree(queue);
        assertThreeDeliveredIntoASmallBatch(queue.poller(), 100_000);
    }

    @Test
    void aPollOverAnyIndexQueueGrowsForWhatItReportsQueued() {
        final ConflatingEventQueue engine =
            new ConflatingEventQueue(CAPACITY, new FifoIndexQueue(), "fifo");
        notifyThree(engine);
        assertThreeDeliveredIntoASmallBatch(engine, Integer.MAX_VALUE);
    }

    @Test
    void theBatchStillGrowsToHoldABacklog() {
        final EventQueue queue = EventQueue.create(CAPACITY, "builtin");
        for (int i = 0; i < 5000; i++) {
            queue.notifier().notify(i * 7);
        }
        final Events events = Events.withCapacity(0);
        assertEquals(5000, queue.poller().poll(events));
        for (int i = 0; i < 5000; i++) {
            assertEquals(i * 7, events.index(i));
        }
        assertTrue(queue.poller().isEmpty());
    }
}
