package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import io.nexus.notify.Token;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link EventChannel#close()}: wake-ups, rejected notifies, draining, then {@code CLOSED}. */
class EventChannelCloseTest {

    private final Events events = Events.withCapacity(16);

    static List<WaitStrategy> strategies() {
        return List.of(WaitStrategy.defaultStrategy(), WaitStrategy.parkImmediately(),
            WaitStrategy.spinYieldPark(10, 2), WaitStrategy.busySpin());
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void closeWakesAWaitingReceiver(WaitStrategy strategy) throws Exception {
        final EventChannel channel = EventChannel.create(4, null, strategy);
        final CountDownLatch calling = new CountDownLatch(1);
        final BackgroundCall<Integer> call = BackgroundCall.start("receiver", () -> {
            calling.countDown();
            return channel.receiver().recv(Events.withCapacity(4));
        });
        calling.await();
        if (strategy.parks()) {
            call.awaitParked();
        }

        channel.close();

        assertEquals(Receiver.CLOSED, call.result());
    }

    @Test
    void closeWakesAReceiverInATimedWait() throws Exception {
        final EventChannel channel = EventChannel.create(4, null, WaitStrategy.parkImmediately());
        final BackgroundCall<Integer> call = BackgroundCall.start("receiver",
            () -> channel.receiver().recv(Events.withCapacity(4), 2, Duration.ofMinutes(5)));
        call.awaitParked();

        channel.close();

        assertEquals(Receiver.CLOSED, call.result());
    }

    @Test
    void notifyAfterCloseThrowsAndChangesNothing() throws Exception {
        final EventChannel channel = EventChannel.create(4);
        final Sender sender = channel.sender();
        sender.notify(1);
        channel.close();

        final IllegalStateException byIndex = assertThrows(IllegalStateException.class,
            () -> sender.notify(2));
        assertTrue(byIndex.getMessage().startsWith("channel is closed"), byIndex.getMessage());
        assertThrows(IllegalStateException.class, () -> sender.notify(new Token(3)));
        assertThrows(IllegalStateException.class, () -> sender.notify(1));

        assertEquals(1, channel.receiver().recv(events));
        assertArrayEquals(new int[] {1}, events.toArray());
        assertEquals(Receiver.CLOSED, channel.receiver().tryRecv(events));
    }

    @Test
    void pendingTokensSurviveCloseThenEveryReceiveReturnsClosed() throws Exception {
        final EventChannel channel = EventChannel.create(8, null, WaitStrategy.parkImmediately());
        final Receiver receiver = channel.receiver();
        for (int t : new int[] {4, 1, 6}) {
            channel.sender().notify(t);
        }
        channel.close();
        assertTrue(channel.isClosed());

        assertEquals(2, receiver.recv(events, 2));
        assertArrayEquals(new int[] {4, 1}, events.toArray());
        assertEquals(1, receiver.recv(events, Duration.ofSeconds(1)));
        assertArrayEquals(new int[] {6}, events.toArray());

        assertEquals(Receiver.CLOSED, receiver.recv(events));
        assertEquals(Receiver.CLOSED, receiver.recv(events, 3));
        assertEquals(Receiver.CLOSED, receiver.recv(events, Duration.ofDays(1)));
        assertEquals(Receiver.CLOSED, receiver.recv(events, 3, Duration.ofDays(1)));
        assertEquals(Receiver.CLOSED, receiver.recv(events, Duration.ZERO));
        assertEquals(Receiver.CLOSED, receiver.tryRecv(events));
        assertEquals(Receiver.CLOSED, receiver.tryRecv(events, 3));
        assertTrue(events.isEmpty());
        assertEquals(0, receiver.recv(events, 0), "a limit of 0 asks for nothing, even closed");
        assertEquals(0, receiver.tryRecv(events, 0));
    }

    @Test
    void closedAndDrainedReturnsClosedEvenWhenInterrupted() throws Exception {
        final EventChannel channel = EventChannel.create(4);
        channel.close();
        Thread.currentThread().interrupt();
        try {
            assertEquals(Receiver.CLOSED, channel.receiver().recv(events));
            assertTrue(Thread.currentThread().isInterrupted(), "status left as it was");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void closeIsIdempotent() throws Exception {
        final EventChannel channel = EventChannel.create(4);
        assertFalse(channel.isClosed());
        channel.close();
        channel.close();
        assertTrue(channel.isClosed());
        assertEquals(Receiver.CLOSED, channel.receiver().recv(events));
    }

    @Test
    void concurrentClosesAllReturnAndWakeTheReceiver() throws Exception {
        final EventChannel channel = EventChannel.create(4, null, WaitStrategy.parkImmediately());
        final BackgroundCall<Integer> receiver = BackgroundCall.start("receiver",
            () -> channel.receiver().recv(Events.withCapacity(4)));
        receiver.awaitParked();
        final CountDownLatch go = new CountDownLatch(1);
        final List<BackgroundCall<Boolean>> closers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            closers.add(BackgroundCall.start("closer-" + i, () -> {
                go.await();
                channel.close();
                return channel.isClosed();
            }));
        }

        go.countDown();

        for (BackgroundCall<Boolean> closer : closers) {
            assertTrue(closer.result());
        }
        assertEquals(Receiver.CLOSED, receiver.result());
    }

    @Test
    void toStringShowsTheState() {
        final EventChannel channel = EventChannel.create(4, null, WaitStrategy.busySpin());
        assertTrue(channel.toString().contains("closed=false"), channel.toString());
        channel.close();
        assertTrue(channel.toString().contains("closed=true"), channel.toString());
        assertTrue(channel.toString().contains("busy-spin"), channel.toString());
    }
}
