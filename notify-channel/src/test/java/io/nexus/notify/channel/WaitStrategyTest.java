package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The wait strategies: their values, their checks, and a channel working with each. */
class WaitStrategyTest {

    @Test
    void factoriesDescribeTheirPhases() {
        final WaitStrategy standard = WaitStrategy.defaultStrategy();
        assertTrue(standard.spins() > 0 && standard.yields() > 0 && standard.parks(),
            standard::toString);

        final WaitStrategy immediate = WaitStrategy.parkImmediately();
        assertEquals(0, immediate.spins());
        assertEquals(0, immediate.yields());
        assertTrue(immediate.parks());

        final WaitStrategy busy = WaitStrategy.busySpin();
        assertFalse(busy.parks());

        final WaitStrategy custom = WaitStrategy.spinYieldPark(5, 3);
        assertEquals(5, custom.spins());
        assertEquals(3, custom.yields());
        assertTrue(custom.parks());
        assertEquals("WaitStrategy[spins=5, yields=3, park]", custom.toString());
    }

    @Test
    void strategiesAreValuesComparedByPhases() {
        assertEquals(WaitStrategy.parkImmediately(), WaitStrategy.spinYieldPark(0, 0));
        assertEquals(WaitStrategy.parkImmediately().hashCode(),
            WaitStrategy.spinYieldPark(0, 0).hashCode());
        assertEquals(WaitStrategy.spinYieldPark(7, 1), WaitStrategy.spinYieldPark(7, 1));
        assertNotEquals(WaitStrategy.spinYieldPark(7, 1), WaitStrategy.spinYieldPark(1, 7));
        assertNotEquals(WaitStrategy.parkImmediately(), WaitStrategy.busySpin());
        assertNotEquals(WaitStrategy.busySpin(), "busy");
    }

    @Test
    void negativePhasesAreRejected() {
        assertEquals("spins must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
            () -> WaitStrategy.spinYieldPark(-1, 0)).getMessage());
        assertEquals("yields must be >= 0, was -2", assertThrows(IllegalArgumentException.class,
            () -> WaitStrategy.spinYieldPark(0, -2)).getMessage());
    }

    static WaitStrategy[] strategies() {
        return new WaitStrategy[] {WaitStrategy.defaultStrategy(), WaitStrategy.parkImmediately(),
            WaitStrategy.spinYieldPark(1000, 0), WaitStrategy.spinYieldPark(0, 50),
            WaitStrategy.busySpin()};
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void receiverWaitsThenWakesForANotify(WaitStrategy strategy) throws Exception {
        try (EventChannel channel = EventChannel.create(8, null, strategy)) {
            assertEquals(strategy, channel.waitStrategy());
            final CountDownLatch calling = new CountDownLatch(1);
            final BackgroundCall<int[]> call = BackgroundCall.start("receiver", () -> {
                final Events events = Events.withCapacity(8);
                calling.countDown();
                channel.receiver().recv(events);
                return events.toArray();
            });
            calling.await();
            if (strategy.parks()) {
                call.awaitParked();
            }

            channel.sender().notify(4);

            assertArrayEquals(new int[] {4}, call.result());
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void timedReceiveHonoursTheDeadline(WaitStrategy strategy) throws Exception {
        try (EventChannel channel = EventChannel.create(8, null, strategy)) {
            final Events events = Events.withCapacity(8);
            final Duration timeout = Duration.ofMillis(20);
            final long start = System.nanoTime();

            assertEquals(0, channel.receiver().recv(events, timeout));

            assertTrue(System.nanoTime() - start >= timeout.toNanos(), "returned before deadline");
            channel.sender().notify(2);
            assertEquals(1, channel.receiver().recv(events, 1, timeout));
        }
    }
}
