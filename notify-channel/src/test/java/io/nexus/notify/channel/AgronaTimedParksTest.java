package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;
import org.junit.jupiter.api.Test;

/** {@link AgronaTimedParks}: the Agrona strategies that sleep, as the channel's timed parks. */
class AgronaTimedParksTest {

    @Test
    void sleepingMillisParksItsPeriodEveryTime() {
        final WaitStrategy parks = AgronaTimedParks.of(new SleepingMillisIdleStrategy(500));
        assertEquals(500_000_000L, parks.idle(0));
        assertEquals(500_000_000L, parks.idle(7));
    }

    @Test
    void sleepingNanosParksItsPeriodEveryTime() {
        final WaitStrategy parks = AgronaTimedParks.of(new SleepingIdleStrategy(1234));
        assertEquals(1234L, parks.idle(0));
        assertEquals(1234L, parks.idle(7));
    }

    @Test
    void backoffSpinsYieldsThenParksDoublingUpToItsMaximum() {
        final WaitStrategy parks = AgronaTimedParks.of(new BackoffIdleStrategy(2, 1, 1000, 4000));
        assertEquals(WaitStrategy.RETRY, parks.idle(0));
        assertEquals(WaitStrategy.RETRY, parks.idle(1));
        assertEquals(WaitStrategy.RETRY, parks.idle(2));
        assertEquals(1000L, parks.idle(3));
        assertEquals(2000L, parks.idle(4));
        assertEquals(4000L, parks.idle(5));
        assertEquals(4000L, parks.idle(6));
    }

    @Test
    void aStrategyThatDoesNotSleepIsNotMapped() {
        assertNull(AgronaTimedParks.of(new YieldingIdleStrategy()));
    }

    @Test
    void fieldsAreReadWholeOrNotAtAll() {
        assertEquals(10, AgronaTimedParks.field("X{alias=a, maxSpins=10, y=2}", "maxSpins"));
        assertEquals(-1, AgronaTimedParks.field("X{alias=a, xmaxSpins=10}", "maxSpins"));
        assertEquals(-1, AgronaTimedParks.field("X{alias=a, maxSpins=}", "maxSpins"));
        assertEquals(-1, AgronaTimedParks.field("X{alias=a}", "maxSpins"));
        assertEquals(-1, AgronaTimedParks.field("X{maxSpins=1234567890123456789}", "maxSpins"));
    }
}
