package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.junit.jupiter.api.Test;

/** {@link AgronaWaitStrategy}: Agrona's idle steps inside the channel's park protocol. */
class AgronaWaitStrategyTest {

    /** Counts the calls the adapter makes. */
    static final class CountingIdle implements IdleStrategy {
        int idles;
        int resets;

        @Override
        public void idle(int workCount) {
            idles++;
        }

        @Override
        public void idle() {
            idles++;
        }

        @Override
        public void reset() {
            resets++;
        }

        @Override
        public String alias() {
            return "counting";
        }
    }

    @Test
    void resetsAtTheStartOfAWaitAndIdlesInPark() {
        final CountingIdle idle = new CountingIdle();
        final AgronaWaitStrategy strategy = AgronaWaitStrategy.of(idle);

        assertEquals(WaitStrategy.PARK, strategy.idle(0));
        assertEquals(WaitStrategy.PARK, strategy.idle(1));
        assertEquals(1, idle.resets);
        strategy.park(this, 5);
        assertEquals(1, idle.idles);
        assertTrue(strategy.parks());
        assertEquals("WaitStrategy[agrona counting]", strategy.toString());
    }

    @Test
    void nullIsRejected() {
        assertEquals("idleStrategy", assertThrows(NullPointerException.class,
            () -> AgronaWaitStrategy.of(null)).getMessage());
    }

    @Test
    void aSenderCutsAnAgronaSleepShort() throws Exception {
        // Sleeps of a minute: the receive ends within the test's patience only if the sender's
        // unpark ends the sleep.
        final IdleStrategy sleeping = new SleepingIdleStrategy(TimeUnit.MINUTES.toNanos(1));
        try (EventChannel channel = EventChannel.create(8, null, AgronaWaitStrategy.of(sleeping))) {
            final BackgroundCall<int[]> call = BackgroundCall.start("receiver", () -> {
                final Events events = Events.withCapacity(8);
                channel.receiver().recv(events);
                return events.toArray();
            });
            call.awaitParked();

            channel.sender().notify(5);

            assertArrayEquals(new int[] {5}, call.result());
        }
    }

    @Test
    void aBackoffReceiverGetsEveryToken() throws Exception {
        final AgronaWaitStrategy strategy = AgronaWaitStrategy.of(new BackoffIdleStrategy());
        try (EventChannel channel = EventChannel.create(64, null, strategy)) {
            final BackgroundCall<Integer> call = BackgroundCall.start("receiver", () -> {
                final Events events = Events.withCapacity(64);
                final boolean[] seen = new boolean[64];
                int distinct = 0;
                while (distinct < 64) {
                    channel.receiver().recv(events);
                    for (int i = 0; i < events.size(); i++) {
                        if (!seen[events.index(i)]) {
                            seen[events.index(i)] = true;
                            distinct++;
                        }
                    }
                }
                return distinct;
            });
            for (int token = 0; token < 64; token++) {
                channel.sender().notify(token);
            }

            assertEquals(64, call.result());
        }
    }
}
