package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Token;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The channel behaviours of the reference, on the default backend and wait strategy. */
class EventChannelReceiveTest {

    private final EventChannel channel = EventChannel.create(64);
    private final Sender sender = channel.sender();
    private final Receiver receiver = channel.receiver();
    private final Events events = Events.withCapacity(64);

    @AfterEach
    void close() {
        channel.close();
    }

    @Test
    void recvReturnsAtOnceWhenTokensAreReady() throws Exception {
        assertTrue(sender.notify(3));
        assertTrue(sender.notify(new Token(5)));

        assertEquals(2, receiver.recv(events));
        assertArrayEquals(new int[] {3, 5}, events.toArray());
    }

    @Test
    void recvBlocksUntilASenderNotifies() throws Exception {
        final BackgroundCall<int[]> call = BackgroundCall.start("receiver", () -> {
            final Events mine = Events.withCapacity(4);
            receiver.recv(mine);
            return mine.toArray();
        });
        call.awaitParked();

        sender.notify(7);

        assertArrayEquals(new int[] {7}, call.result());
    }

    @Test
    void recvWithLimitDrainsIncrementallyInFifoOrder() throws Exception {
        for (int t = 0; t < 10; t++) {
            sender.notify(t);
        }

        assertEquals(4, receiver.recv(events, 4));
        assertArrayEquals(new int[] {0, 1, 2, 3}, events.toArray());
        assertEquals(4, receiver.recv(events, 4));
        assertArrayEquals(new int[] {4, 5, 6, 7}, events.toArray());
        assertEquals(2, receiver.recv(events, 4));
        assertArrayEquals(new int[] {8, 9}, events.toArray());
        assertEquals(0, receiver.tryRecv(events));
    }

    @Test
    void limitZeroReturnsZeroAtOnceAndLeavesTokensPending() throws Exception {
        sender.notify(1);

        assertEquals(0, receiver.recv(events, 0));
        assertEquals(0, receiver.recv(events, 0, Duration.ofDays(1)));
        assertEquals(0, receiver.tryRecv(events, 0));
        assertTrue(events.isEmpty());
        assertEquals(1, receiver.tryRecv(events));
    }

    @Test
    void timedRecvReturnsTokensAlreadyReady() throws Exception {
        sender.notify(2);

        assertEquals(1, receiver.recv(events, Duration.ofSeconds(5)));
        assertArrayEquals(new int[] {2}, events.toArray());
    }

    @Test
    void timedRecvReturnsTokensNotifiedWhileItWaits() throws Exception {
        final BackgroundCall<Integer> call = BackgroundCall.start("receiver",
            () -> receiver.recv(Events.withCapacity(4), 3, Duration.ofSeconds(30)));
        call.awaitParked();

        sender.notify(9);

        assertEquals(1, call.result());
    }

    @Test
    void timedRecvReturnsZeroWhenTheDeadlinePasses() throws Exception {
        events.append(1);
        final Duration timeout = Duration.ofMillis(30);
        final long start = System.nanoTime();

        assertEquals(0, receiver.recv(events, timeout));

        assertTrue(System.nanoTime() - start >= timeout.toNanos(), "returned before the deadline");
        assertTrue(events.isEmpty());
        assertEquals(0, receiver.recv(events, 5, timeout));
    }

    @Test
    void zeroTimeoutBehavesLikeTryRecv() throws Exception {
        assertEquals(0, receiver.recv(events, Duration.ZERO));
        assertEquals(0, receiver.recv(events, 3, Duration.ZERO));

        sender.notify(4);
        sender.notify(6);
        assertEquals(1, receiver.recv(events, 1, Duration.ZERO));
        assertArrayEquals(new int[] {4}, events.toArray());
        assertEquals(1, receiver.recv(events, Duration.ZERO));
        assertArrayEquals(new int[] {6}, events.toArray());
    }

    @Test
    void timeoutsTooLongForNanosecondsDoNotOverflow() throws Exception {
        final Duration forever = ChronoUnit.FOREVER.getDuration();
        final BackgroundCall<Integer> call = BackgroundCall.start("receiver",
            () -> receiver.recv(Events.withCapacity(4), forever));
        call.awaitParked();
        assertTrue(call.thread().isAlive(), "an overflowing deadline would have returned at once");

        sender.notify(1);

        assertEquals(1, call.result());
    }

    @Test
    void notifiesOfAPendingTokenAreConflated() throws Exception {
        assertTrue(sender.notify(1));
        assertFalse(sender.notify(1));
        assertFalse(sender.notify(new Token(1)));

        assertEquals(1, receiver.recv(events));
        assertArrayEquals(new int[] {1}, events.toArray());
        assertTrue(sender.notify(1), "a received token is re-armed");
    }

    @Test
    void tokensArriveInTheOrderTheyBecamePending() throws Exception {
        for (int t : new int[] {5, 2, 9, 2, 0, 5}) {
            sender.notify(t);
        }

        assertEquals(4, receiver.recv(events));
        assertArrayEquals(new int[] {5, 2, 9, 0}, events.toArray());
    }

    @Test
    void tryRecvNeverWaits() {
        assertEquals(0, receiver.tryRecv(events));
        sender.notify(8);
        sender.notify(3);
        assertEquals(1, receiver.tryRecv(events, 1));
        assertArrayEquals(new int[] {8}, events.toArray());
        assertEquals(1, receiver.tryRecv(events));
        assertArrayEquals(new int[] {3}, events.toArray());
    }

    @Test
    void capacityOneChannelWorks() throws Exception {
        try (EventChannel one = EventChannel.create(1)) {
            assertEquals(1, one.capacity());
            assertTrue(one.sender().notify(0));
            assertFalse(one.sender().notify(0));
            assertEquals(1, one.receiver().recv(events));
            assertArrayEquals(new int[] {0}, events.toArray());
            assertTrue(one.sender().notify(0));
            assertEquals(1, one.receiver().recv(events, 1, Duration.ofSeconds(1)));
        }
    }

    @Test
    void overAnExistingQueueUsesItsBackend() throws Exception {
        final EventQueue queue = EventQueue.create(8);
        try (EventChannel over = EventChannel.over(queue)) {
            assertEquals(queue.backend(), over.backend());
            assertEquals(8, over.capacity());
            assertSame(WaitStrategy.defaultStrategy(), over.waitStrategy());
            over.sender().notify(6);
            assertEquals(1, over.receiver().recv(events));
            assertArrayEquals(new int[] {6}, events.toArray());
        }
    }

    @Test
    void createByBackendNameUsesThatBackend() throws Exception {
        final String backend = EventQueue.availableBackends().get(0);
        try (EventChannel named = EventChannel.create(4, backend)) {
            assertEquals(backend, named.backend());
            named.sender().notify(3);
            assertEquals(1, named.receiver().recv(events));
        }
    }

    @Test
    void senderAndReceiverAreTheSameInstancesOnEveryCall() {
        assertSame(sender, channel.sender());
        assertSame(receiver, channel.receiver());
    }
}
