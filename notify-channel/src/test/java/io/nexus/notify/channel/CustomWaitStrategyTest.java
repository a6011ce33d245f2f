package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** Strategies written by users: what the receiver asks of them and what it refuses. */
class CustomWaitStrategyTest {

    private final Events events = Events.withCapacity(8);

    /** Spins a few times, then asks to park until woken; counts its calls. */
    static final class CountingStrategy implements WaitStrategy {
        final AtomicInteger idles = new AtomicInteger();
        final AtomicInteger parksAsked = new AtomicInteger();
        final CountDownLatch parking = new CountDownLatch(1);

        @Override
        public long idle(int idleCount) {
            idles.incrementAndGet();
            return idleCount < 3 ? RETRY : PARK;
        }

        @Override
        public void park(Object blocker, long nanos) {
            parksAsked.incrementAndGet();
            parking.countDown();
            LockSupport.park(blocker);
        }
    }

    @Test
    void aSenderWakesAStrategysOwnPark() throws Exception {
        final CountingStrategy strategy = new CountingStrategy();
        try (EventChannel channel = EventChannel.create(8, null, strategy)) {
            final BackgroundCall<int[]> call = BackgroundCall.start("receiver", () -> {
                final Events batch = Events.withCapacity(8);
                channel.receiver().recv(batch);
                return batch.toArray();
            });
            strategy.parking.await();
            call.awaitParked();

            channel.sender().notify(6);

            assertArrayEquals(new int[] {6}, call.result());
            assertTrue(strategy.idles.get() >= 4, "idle calls: " + strategy.idles.get());
            assertTrue(strategy.parksAsked.get() >= 1);
        }
    }

    @Test
    void idleCountStartsAtZeroInEveryReceiveAndCountsUp() throws Exception {
        final List<Integer> counts = new ArrayList<>();
        final WaitStrategy recording = idleCount -> {
            counts.add(idleCount);
            return idleCount < 5 ? WaitStrategy.RETRY : 1_000;
        };
        try (EventChannel channel = EventChannel.create(8, null, recording)) {
            final Receiver receiver = channel.receiver();
            assertEquals(0, receiver.recv(events, Duration.ofMillis(5)));
            final int firstReceive = counts.size();
            assertEquals(0, receiver.recv(events, Duration.ofMillis(5)));

            assertTrue(firstReceive > 5 && counts.size() > firstReceive + 5, counts::toString);
            for (int i = 0; i < counts.size(); i++) {
                final int expected = i < firstReceive ? i : i - firstReceive;
                assertEquals(expected, counts.get(i), "call " + i + " of " + counts);
            }
        }
    }

    @Test
    void aStrategyThatSaysItNeverParksMayNotAskToPark() {
        final WaitStrategy liar = new WaitStrategy() {
            @Override
            public long idle(int idleCount) {
                return 1_000;
            }

            @Override
            public boolean parks() {
                return false;
            }

            @Override
            public String toString() {
                return "liar";
            }
        };
        try (EventChannel channel = EventChannel.create(8, null, liar)) {
            final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> channel.receiver().recv(events));
            assertEquals("liar returned 1000 from idle(); it may return only RETRY, or a time"
                + " to park if its parks() is true", e.getMessage());
            assertChannelStillWorks(channel);
        }
    }

    @Test
    void aNegativeIdleResultIsRejected() {
        final WaitStrategy negative = idleCount -> -5;
        try (EventChannel channel = EventChannel.create(8, null, negative)) {
            final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> channel.receiver().recv(events));
            assertTrue(e.getMessage().contains("returned -5 from idle()"), e.getMessage());
            assertChannelStillWorks(channel);
        }
    }

    private void assertChannelStillWorks(EventChannel channel) {
        assertTrue(channel.sender().notify(3));
        assertEquals(1, channel.receiver().tryRecv(events));
        assertArrayEquals(new int[] {3}, events.toArray());
    }
}
