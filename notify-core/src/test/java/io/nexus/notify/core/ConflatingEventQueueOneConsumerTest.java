package io.nexus.notify.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/**
 * With assertions enabled, the engine turns a second concurrent poll into an
 * {@link AssertionError} before it touches anything, and the poll already inside completes.
 */
class ConflatingEventQueueOneConsumerTest {

    @Test
    void aSecondConcurrentPollFailsWithAnAssertionErrorAndTheFirstCompletes() throws Exception {
        assertTrue(ConflatingEventQueue.class.desiredAssertionStatus(),
            "the one-consumer check exists only with assertions enabled (-ea, surefire's default)");
        final GatedIndexQueue gated = new GatedIndexQueue();
        final ConflatingEventQueue engine = new ConflatingEventQueue(8, gated, "gated");
        engine.notify(4);
        engine.notify(2);
        final Events firstBatch = Events.withCapacity(8);
        final FutureTask<Integer> first = new FutureTask<>(() -> engine.poll(firstBatch, 8));
        final Thread consumer = new Thread(first, "first-consumer");
        consumer.start();
        gated.awaitDrainEntered();

        final Events secondBatch = Events.withCapacity(8);
        secondBatch.append(6);
        final AssertionError e =
            assertThrows(AssertionError.class, () -> engine.poll(secondBatch, 8));
        assertTrue(e.getMessage().contains("first-consumer"), e.getMessage());
        assertArrayEquals(new int[] {6}, secondBatch.toArray(), "the second poll cleared nothing");
        assertEquals(1, gated.drains(), "the second poll did not reach the queue");

        gated.open();
        assertEquals(2, first.get());
        consumer.join();
        assertArrayEquals(new int[] {4, 2}, firstBatch.toArray());
        assertEquals(0, engine.poll(secondBatch, 8), "after the first poll, another may poll");
        assertTrue(engine.isEmpty());
    }
}
