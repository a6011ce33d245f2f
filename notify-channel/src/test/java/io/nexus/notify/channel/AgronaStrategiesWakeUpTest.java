package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nexus.notify.Events;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.ControllableIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NoOpIdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.YieldingIdleStrategy;
import org.agrona.concurrent.status.UnsafeBufferStatusIndicator;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Agrona idle strategy under {@link AgronaWaitStrategy}: a notify, {@code close()} and a
 * deadline each end the receiver's wait at once, however long the strategy would sleep. The
 * sleeping strategies sleep for a minute here, so a wait that only a sleep's end could finish
 * outlasts the test's patience ({@link BackgroundCall#PATIENCE_SECONDS}).
 */
class AgronaStrategiesWakeUpTest {

    private static final long MINUTE_NS = TimeUnit.MINUTES.toNanos(1);

    static Stream<Arguments> strategies() {
        return Stream.of(
            strategy("sleep-ms", true, () -> new SleepingMillisIdleStrategy(60_000)),
            strategy("sleep-ns", true, () -> new SleepingIdleStrategy(MINUTE_NS)),
            strategy("backoff, minute parks", true,
                () -> new BackoffIdleStrategy(1, 1, MINUTE_NS, MINUTE_NS)),
            strategy("backoff, defaults", true, BackoffIdleStrategy::new),
            strategy("controllable, park", true, AgronaStrategiesWakeUpTest::controllablePark),
            strategy("yield", false, YieldingIdleStrategy::new),
            strategy("spin", false, BusySpinIdleStrategy::new),
            strategy("noop", false, () -> NoOpIdleStrategy.INSTANCE));
    }

    private static Arguments strategy(String name, boolean sleeps, Supplier<IdleStrategy> s) {
        return Arguments.of(name, sleeps, s);
    }

    private static IdleStrategy controllablePark() {
        final UnsafeBufferStatusIndicator status = new UnsafeBufferStatusIndicator(
            new UnsafeBuffer(ByteBuffer.allocateDirect(64)), 0);
        status.setRelease(ControllableIdleStrategy.PARK);
        return new ControllableIdleStrategy(status);
    }

    private static EventChannel channel(Supplier<IdleStrategy> strategy) {
        return EventChannel.create(8, null, AgronaWaitStrategy.of(strategy.get()));
    }

    private static void awaitIdle(BackgroundCall<?> call, boolean sleeps) {
        if (sleeps) {
            call.awaitParked();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNotifyEndsTheWait(String name, boolean sleeps, Supplier<IdleStrategy> strategy)
        throws Exception {
        try (EventChannel channel = channel(strategy)) {
            final BackgroundCall<int[]> call = BackgroundCall.start("receiver", () -> {
                final Events events = Events.withCapacity(8);
                channel.receiver().recv(events);
                return events.toArray();
            });
            awaitIdle(call, sleeps);

            channel.sender().notify(5);

            assertArrayEquals(new int[] {5}, call.result());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void closeEndsTheWait(String name, boolean sleeps, Supplier<IdleStrategy> strategy)
        throws Exception {
        final EventChannel channel = channel(strategy);
        final BackgroundCall<Integer> call = BackgroundCall.start("receiver",
            () -> channel.receiver().recv(Events.withCapacity(8)));
        awaitIdle(call, sleeps);

        channel.close();

        assertEquals(Receiver.CLOSED, call.result());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theDeadlineEndsTheWait(String name, boolean sleeps, Supplier<IdleStrategy> strategy)
        throws Exception {
        try (EventChannel channel = channel(strategy)) {
            final BackgroundCall<Integer> call = BackgroundCall.start("receiver",
                () -> channel.receiver().recv(Events.withCapacity(8), Duration.ofMillis(100)));

            assertEquals(0, call.result(), "nothing arrived before the deadline");
        }
    }
}
