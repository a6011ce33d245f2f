package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Interrupts: a waiting receive throws {@link InterruptedException} with the status cleared,
 * moves no token, and tokens notified afterwards are still delivered. A receive that finds
 * tokens ready returns them whatever the interrupt status, and leaves the status set.
 */
class EventChannelInterruptTest {

    private final Events events = Events.withCapacity(16);

    /** What the receiver thread saw: the exception, its status after catching, the retry. */
    private static final class Outcome {
        InterruptedException thrown;
        boolean interruptedAfterCatch;
        int eventsAfterThrow;
        int[] retried;
    }

    /**
     * Runs a receiver that waits through {@code waiting}, catches the interrupt, signals
     * {@code caught}, then receives again once {@code notified} opens.
     */
    private static BackgroundCall<Outcome> interruptibleReceiver(EventChannel channel,
            boolean timed, CountDownLatch calling, CountDownLatch caught, CountDownLatch notified) {
        return BackgroundCall.start("receiver", () -> {
            final Outcome outcome = new Outcome();
            final Events mine = Events.withCapacity(4);
            mine.append(42);
            calling.countDown();
            try {
                if (timed) {
                    channel.receiver().recv(mine, Duration.ofMinutes(5));
                } else {
                    channel.receiver().recv(mine);
                }
            } catch (InterruptedException e) {
                outcome.thrown = e;
                outcome.interruptedAfterCatch = Thread.currentThread().isInterrupted();
                outcome.eventsAfterThrow = mine.size();
            }
            caught.countDown();
            if (!notified.await(BackgroundCall.PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never notified");
            }
            channel.receiver().recv(mine);
            outcome.retried = mine.toArray();
            return outcome;
        });
    }

    private static void assertInterruptedThenDelivered(WaitStrategy strategy, boolean timed)
            throws Exception {
        final EventChannel channel = EventChannel.create(8, null, strategy);
        final CountDownLatch calling = new CountDownLatch(1);
        final CountDownLatch caught = new CountDownLatch(1);
        final CountDownLatch notified = new CountDownLatch(1);
        final BackgroundCall<Outcome> call = interruptibleReceiver(channel, timed, calling,
            caught, notified);
        calling.await();
        if (strategy.parks()) {
            call.awaitParked();
        }

        call.thread().interrupt();
        assertTrue(caught.await(BackgroundCall.PATIENCE_SECONDS, TimeUnit.SECONDS),
            "the receiver did not react to the interrupt");
        channel.sender().notify(5);
        notified.countDown();

        final Outcome outcome = call.result();
        assertTrue(outcome.thrown != null, "InterruptedException expected");
        assertFalse(outcome.interruptedAfterCatch, "interrupt status must be cleared");
        assertEquals(0, outcome.eventsAfterThrow, "no token moved by the interrupted call");
        assertArrayEquals(new int[] {5}, outcome.retried);
    }

    @Test
    void interruptWhileParkedThrowsAndLosesNothing() throws Exception {
        assertInterruptedThenDelivered(WaitStrategy.parkImmediately(), false);
    }

    @Test
    void interruptWhileParkedWithATimeoutThrowsAndLosesNothing() throws Exception {
        assertInterruptedThenDelivered(WaitStrategy.defaultStrategy(), true);
    }

    @Test
    void interruptWhileSpinningThrowsAndLosesNothing() throws Exception {
        assertInterruptedThenDelivered(WaitStrategy.busySpin(), false);
    }

    @Test
    void interruptWhileSpinningWithATimeoutThrowsAndLosesNothing() throws Exception {
        assertInterruptedThenDelivered(WaitStrategy.busySpin(), true);
    }

    @Test
    void interruptedBeforeTheCallWithTokensReadyReturnsThemAndKeepsTheStatus() throws Exception {
        final EventChannel channel = EventChannel.create(8);
        channel.sender().notify(3);
        channel.sender().notify(1);
        Thread.currentThread().interrupt();
        try {
            assertEquals(1, channel.receiver().recv(events, 1));
            assertArrayEquals(new int[] {3}, events.toArray());
            assertEquals(1, channel.receiver().recv(events, Duration.ofSeconds(1)));
            assertArrayEquals(new int[] {1}, events.toArray());
            assertTrue(Thread.currentThread().isInterrupted(), "status left set");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void interruptedBeforeTheCallWithNothingReadyThrowsAtOnce() throws Exception {
        for (WaitStrategy strategy : EventChannelCloseTest.strategies()) {
            final EventChannel channel = EventChannel.create(8, null, strategy);
            Thread.currentThread().interrupt();
            assertThrows(InterruptedException.class, () -> channel.receiver().recv(events),
                strategy::toString);
            assertFalse(Thread.currentThread().isInterrupted(), "status cleared");

            Thread.currentThread().interrupt();
            assertThrows(InterruptedException.class,
                () -> channel.receiver().recv(events, 2, Duration.ofMinutes(1)),
                strategy::toString);
            assertFalse(Thread.currentThread().isInterrupted(), "status cleared");

            channel.sender().notify(6);
            assertEquals(1, channel.receiver().tryRecv(events), "channel still usable");
        }
    }

    @Test
    void nonWaitingCallsIgnoreTheInterruptStatus() throws Exception {
        final EventChannel channel = EventChannel.create(8);
        Thread.currentThread().interrupt();
        try {
            assertEquals(0, channel.receiver().tryRecv(events));
            assertEquals(0, channel.receiver().recv(events, Duration.ZERO));
            assertTrue(Thread.currentThread().isInterrupted(), "status left set");
        } finally {
            Thread.interrupted();
        }
    }
}
