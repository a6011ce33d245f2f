package io.nexus.notify.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.channel.WaitStrategy;
import org.junit.jupiter.api.Test;

class SubjectTest {

    @Test
    void eachStrategyNameGivesItsFactorysStrategy() {
        assertSame(WaitStrategy.parkImmediately(), Subject.strategy("park"));
        assertSame(WaitStrategy.defaultStrategy(), Subject.strategy("default"));
        assertSame(WaitStrategy.busySpin(), Subject.strategy("busy-spin"));
    }

    @Test
    void anUnknownStrategyIsRejectedWithTheKnownOnes() {
        final String message = assertThrows(IllegalArgumentException.class,
            () -> Subject.strategy("spin")).getMessage();

        assertTrue(message.contains("'spin'") && message.contains("busy-spin"), message);
    }
}
