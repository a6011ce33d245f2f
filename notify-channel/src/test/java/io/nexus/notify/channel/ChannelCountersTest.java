package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.CountingEventQueue;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.QueueCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The channel's park and wake-up counts, and a channel over a counting queue. */
class ChannelCountersTest {

    @Test
    void countsAParkAndTheWakeupThatEndsIt() throws Exception {
        try (EventChannel channel = EventChannel.create(8, null,
                WaitStrategy.parkImmediately())) {
            assertEquals(new ChannelCounters(0, 0), channel.counters());
            final BackgroundCall<int[]> call = receiveOnce(channel);
            call.awaitParked();
            assertEquals(1, channel.counters().parks());

            assertTrue(channel.sender().notify(2));

            assertArrayEquals(new int[] {2}, call.result());
            assertEquals(1, channel.counters().wakeups());
            assertTrue(channel.counters().parks() >= 1);
        }
    }

    @Test
    void aSenderThatFindsNoParkedReceiverCountsNothing() {
        try (EventChannel channel = EventChannel.create(8, null,
                WaitStrategy.parkImmediately())) {
            assertTrue(channel.sender().notify(1));
            assertFalse(channel.sender().notify(1));
            assertEquals(1, channel.receiver().tryRecv(Events.withCapacity(8)));
            assertEquals(new ChannelCounters(0, 0), channel.counters());
        }
    }

    @Test
    void aBusySpinningReceiverNeverParks() throws Exception {
        try (EventChannel channel = EventChannel.create(8, null, WaitStrategy.busySpin())) {
            final CountDownLatch calling = new CountDownLatch(1);
            final BackgroundCall<int[]> call = BackgroundCall.start("receiver", () -> {
                final Events events = Events.withCapacity(8);
                calling.countDown();
                channel.receiver().recv(events);
                return events.toArray();
            });
            calling.await();
            channel.sender().notify(7);
            assertArrayEquals(new int[] {7}, call.result());
            assertEquals(new ChannelCounters(0, 0), channel.counters());
        }
    }

    @Test
    void closeCountsAsAWakeup() throws Exception {
        final EventChannel channel = EventChannel.create(8, null, WaitStrategy.parkImmediately());
        final BackgroundCall<Integer> call = BackgroundCall.start("receiver",
            () -> channel.receiver().recv(Events.withCapacity(8)));
        call.awaitParked();

        channel.close();

        assertEquals(Receiver.CLOSED, call.result());
        assertEquals(1, channel.counters().wakeups());
    }

    @Test
    void aChannelOverACountingQueueCountsEveryTokenOnce() throws Exception {
        final CountingEventQueue queue = CountingEventQueue.over(EventQueue.create(64));
        final int producers = 3;
        final int rounds = 2_000;
        try (EventChannel channel = EventChannel.over(queue)) {
            final List<Thread> threads = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                final Thread producer = new Thread(() -> {
                    for (int i = 0; i < rounds; i++) {
                        channel.sender().notify(i % 64);
                    }
                }, "producer-" + p);
                threads.add(producer);
                producer.start();
            }
            final Events events = Events.withCapacity(64);
            long received = 0;
            boolean producing = true;
            while (producing || !channel.receiver().isEmpty()) {
                producing = threads.stream().anyMatch(Thread::isAlive);
                received += channel.receiver().tryRecv(events);
            }
            for (Thread producer : threads) {
                producer.join();
            }
            received += channel.receiver().tryRecv(events);

            final QueueCounters counters = queue.counters();
            assertEquals((long) producers * rounds, counters.notifies());
            assertEquals(received, counters.delivered());
            assertEquals(counters.newlyPending(), counters.delivered());
        }
    }

    @Test
    void aSingleThreadQueueCannotBeAChannel() {
        final EventQueue local = EventQueue.createLocal(8);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> EventChannel.over(local));
        assertEquals("a queue from EventQueue.createLocal belongs to one thread; a channel needs"
            + " a thread-safe backend", e.getMessage());
        assertTrue(local.notifier().notify(1), "the queue is untouched");
    }

    private static BackgroundCall<int[]> receiveOnce(EventChannel channel) {
        return BackgroundCall.start("receiver", () -> {
            final Events events = Events.withCapacity(8);
            channel.receiver().recv(events);
            return events.toArray();
        });
    }
}
