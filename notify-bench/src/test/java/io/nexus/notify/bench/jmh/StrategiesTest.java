package io.nexus.notify.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.channel.WaitStrategy;
import org.junit.jupiter.api.Test;

class StrategiesTest {

    @Test
    void eachNameGivesItsFactorysStrategy() {
        assertSame(WaitStrategy.parkImmediately(), Strategies.named(Strategies.PARK));
        assertSame(WaitStrategy.defaultStrategy(), Strategies.named(Strategies.DEFAULT));
        assertSame(WaitStrategy.busySpin(), Strategies.named(Strategies.BUSY_SPIN));
    }

    @Test
    void anUnknownNameIsRejectedWithTheKnownOnes() {
        final String message = assertThrows(IllegalArgumentException.class,
            () -> Strategies.named("spin")).getMessage();

        assertTrue(message.contains("'spin'") && message.contains(Strategies.BUSY_SPIN), message);
    }
}
