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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in wait strategies: their phases, their checks, and a channel working with each. */
class WaitStrategyTest {

    /** A park far longer than the test's patience: only a sender's unpark ends it in time. */
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    @Test
    void spinYieldParkSpinsThenYieldsThenParks() {
        final WaitStrategy custom = WaitStrategy.spinYieldPark(5, 3);
        for (int i = 0; i < 8; i++) {
            assertEquals(WaitStrategy.RETRY, custom.idle(i), "idle(" + i + ")");
        }
        assertEquals(WaitStrategy.PARK, custom.idle(8));
        assertEquals(WaitStrategy.PARK, custom.idle(Integer.MAX_VALUE));
        assertTrue(custom.parks());
        assertEquals("WaitStrategy[spins=5, yields=3, park]", custom.toString());
    }

    @Test
    void spinYieldParkWithHugePhasesDoesNotOverflow() {
        final WaitStrategy huge = WaitStrategy.spinYieldPark(Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertEquals(WaitStrategy.RETRY, huge.idle(Integer.MAX_VALUE));
    }

    @Test
    void defaultIsPhasedByTime() {
        assertEquals(WaitStrategy.phased(20_000, 100_000), WaitStrategy.defaultStrategy());
        assertEquals("WaitStrategy[spin 20000 ns, yield 100000 ns, park]",
            WaitStrategy.defaultStrategy().toString());
    }

    @Test
    void phasedSpinsThenYieldsThenParksByTheClock() {
        final WaitStrategy phased = WaitStrategy.phased(50_000_000, 50_000_000);
        final long now = System.nanoTime();
        // Whatever the count, the clock decides: a wait that began now is in its spin phase,
        // one that began 60 ms ago in its yield phase, one that began 200 ms ago parks.
        assertEquals(WaitStrategy.RETRY, phased.idle(Integer.MAX_VALUE, now));
        assertEquals(WaitStrategy.RETRY, phased.idle(0, now - 60_000_000));
        assertEquals(WaitStrategy.PARK, phased.idle(0, now - 200_000_000));
        assertTrue(phased.parks());
    }

    @Test
    void phasedWithoutAClockCountsNominalSpins() {
        final WaitStrategy phased = WaitStrategy.phased(1_000, 500);
        // 50 ns a call: calls 0..19 spin, 20..29 yield, 30 parks.
        assertEquals(WaitStrategy.RETRY, phased.idle(19));
        assertEquals(WaitStrategy.RETRY, phased.idle(29));
        assertEquals(WaitStrategy.PARK, phased.idle(30));
        assertEquals(WaitStrategy.PARK, WaitStrategy.phased(0, 0).idle(0));
    }

    @Test
    void countedStrategiesIgnoreTheClock() {
        final long longAgo = System.nanoTime() - TimeUnit.HOURS.toNanos(1);
        assertEquals(WaitStrategy.RETRY, WaitStrategy.spinYieldPark(5, 0).idle(4, longAgo));
        assertEquals(WaitStrategy.PARK, WaitStrategy.spinYieldPark(5, 0).idle(5, longAgo));
    }

    @Test
    void parkImmediatelyParksOnTheFirstIdle() {
        assertEquals(WaitStrategy.PARK, WaitStrategy.parkImmediately().idle(0));
        assertEquals(WaitStrategy.spinYieldPark(0, 0), WaitStrategy.parkImmediately());
    }

    @Test
    void busySpinNeverParks() {
        final WaitStrategy busy = WaitStrategy.busySpin();
        assertFalse(busy.parks());
        assertEquals(WaitStrategy.RETRY, busy.idle(0));
        assertEquals(WaitStrategy.RETRY, busy.idle(Integer.MAX_VALUE));
        assertEquals("WaitStrategy[busy-spin]", busy.toString());
    }

    @Test
    void backoffDoublesItsParksUpToTheMaximum() {
        final WaitStrategy backoff = WaitStrategy.backoff(2, 1, 1_000, 5_000);
        assertEquals(WaitStrategy.RETRY, backoff.idle(0));
        assertEquals(WaitStrategy.RETRY, backoff.idle(1));
        assertEquals(WaitStrategy.RETRY, backoff.idle(2));
        assertEquals(1_000, backoff.idle(3));
        assertEquals(2_000, backoff.idle(4));
        assertEquals(4_000, backoff.idle(5));
        assertEquals(5_000, backoff.idle(6));
        assertEquals(5_000, backoff.idle(Integer.MAX_VALUE));
        assertTrue(backoff.parks());
        assertEquals("WaitStrategy[spins=2, yields=1, backoff 1000..5000 ns]", backoff.toString());
    }

    @Test
    void backoffShiftsNeverOverflow() {
        final WaitStrategy wide = WaitStrategy.backoff(0, 0, 1, Long.MAX_VALUE);
        assertEquals(1L << 61, wide.idle(61));
        assertEquals(Long.MAX_VALUE, wide.idle(62));
        assertEquals(Long.MAX_VALUE, wide.idle(1000));
        final WaitStrategy large = WaitStrategy.backoff(0, 0, 1L << 40, (1L << 41) + 1);
        assertEquals(1L << 41, large.idle(1));
        assertEquals((1L << 41) + 1, large.idle(2));
        assertEquals((1L << 41) + 1, large.idle(30));
    }

    @Test
    void strategiesAreValuesComparedByPhases() {
        assertEquals(WaitStrategy.spinYieldPark(7, 1), WaitStrategy.spinYieldPark(7, 1));
        assertEquals(WaitStrategy.spinYieldPark(7, 1).hashCode(),
            WaitStrategy.spinYieldPark(7, 1).hashCode());
        assertNotEquals(WaitStrategy.spinYieldPark(7, 1), WaitStrategy.spinYieldPark(1, 7));
        assertEquals(WaitStrategy.backoff(1, 2, 3, 4), WaitStrategy.backoff(1, 2, 3, 4));
        assertNotEquals(WaitStrategy.backoff(1, 2, 3, 4), WaitStrategy.backoff(1, 2, 3, 5));
        assertNotEquals(WaitStrategy.parkImmediately(), WaitStrategy.busySpin());
    }

    @Test
    void badPhasesAreRejected() {
        assertEquals("spins must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
            () -> WaitStrategy.spinYieldPark(-1, 0)).getMessage());
        assertEquals("yields must be >= 0, was -2", assertThrows(IllegalArgumentException.class,
            () -> WaitStrategy.spinYieldPark(0, -2)).getMessage());
        assertEquals("spins must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
            () -> WaitStrategy.backoff(-1, 0, 1, 1)).getMessage());
        assertEquals("yields must be >= 0, was -3", assertThrows(IllegalArgumentException.class,
            () -> WaitStrategy.backoff(0, -3, 1, 1)).getMessage());
        assertEquals("minParkNanos must be >= 1, was 0",
            assertThrows(IllegalArgumentException.class,
                () -> WaitStrategy.backoff(0, 0, 0, 1)).getMessage());
        assertEquals("maxParkNanos must be >= minParkNanos (10), was 9",
            assertThrows(IllegalArgumentException.class,
                () -> WaitStrategy.backoff(0, 0, 10, 9)).getMessage());
        assertEquals("spinNanos must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
            () -> WaitStrategy.phased(-1, 0)).getMessage());
        assertEquals("yieldNanos must be >= 0, was -1",
            assertThrows(IllegalArgumentException.class,
                () -> WaitStrategy.phased(0, -1)).getMessage());
        assertEquals("spinNanos + yieldNanos must not overflow, was 9223372036854775807 + 1",
            assertThrows(IllegalArgumentException.class,
                () -> WaitStrategy.phased(Long.MAX_VALUE, 1)).getMessage());
    }

    static WaitStrategy[] strategies() {
        return new WaitStrategy[] {WaitStrategy.defaultStrategy(), WaitStrategy.parkImmediately(),
            WaitStrategy.spinYieldPark(1000, 0), WaitStrategy.spinYieldPark(0, 50),
            WaitStrategy.busySpin(), WaitStrategy.backoff(10, 2, MINUTE, MINUTE),
            WaitStrategy.backoff(0, 0, 1_000, 1_000_000), WaitStrategy.phased(0, 0),
            WaitStrategy.phased(1_000, 100_000)};
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
