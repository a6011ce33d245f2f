package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Token;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The close protocol at the moments a race can stop it: a notify that {@link ScriptedQueue}
 * holds in flight across {@code close()}, a {@code close()} that lands between a sender's push
 * and its re-check, and a token that reaches the queue after the receiver has seen
 * {@link Receiver#CLOSED}. Issue 9, defects 1 and 6: every notify that returned {@code true} is
 * received before {@code CLOSED}, {@code CLOSED} waits for notifies in flight, and it is final.
 */
class EventChannelCloseProtocolTest {

    /** What a receive finds in its batch beforehand; every receive must clear it. */
    private static final int SENTINEL = 42;

    private final Events events = Events.withCapacity(8);

    /** Pre-fills the batch, so that an assertion that it is empty shows it was cleared. */
    private Events prefilled() {
        events.clear();
        events.append(SENTINEL);
        return events;
    }

    static List<Arguments> firstSightsOfClosed() {
        final List<Arguments> sights = new ArrayList<>();
        for (Named<ReceiveCall> call : ReceiveCall.closedReporting()) {
            sights.add(Arguments.of(call, Receiver.CLOSED));
        }
        for (Named<ReceiveCall> call : ReceiveCall.polls()) {
            sights.add(Arguments.of(call, 0));
        }
        return sights;
    }

    @ParameterizedTest(name = "{0} returns {1}")
    @MethodSource("firstSightsOfClosed")
    void closedIsFinalEvenIfATokenReachesTheQueueAfterwards(ReceiveCall firstSight, int expected)
            throws Exception {
        final EventQueue queue = EventQueue.create(8);
        final EventChannel channel = EventChannel.over(queue, WaitStrategy.parkImmediately());
        final Receiver receiver = channel.receiver();
        channel.sender().notify(1);
        channel.close();
        assertEquals(1, receiver.tryRecv(events), "what was pending at close() is received");
        assertEquals(expected, firstSight.call(receiver, prefilled()));

        assertTrue(queue.notifier().notify(3), "a token still reaches the queue");

        for (Named<ReceiveCall> call : ReceiveCall.closedReporting()) {
            assertEquals(Receiver.CLOSED, call.getPayload().call(receiver, prefilled()),
                call.getName());
            assertTrue(events.isEmpty(), call.getName());
        }
        for (Named<ReceiveCall> call : ReceiveCall.polls()) {
            assertEquals(0, call.getPayload().call(receiver, prefilled()), call.getName());
            assertTrue(events.isEmpty(), call.getName());
        }
        assertFalse(queue.poller().isEmpty(), "the token stays queued, never returned");
    }

    /**
     * A notify in flight, played with a flag: the queue is not strictly empty but a poll finds
     * nothing. {@code CLOSED} must wait until the push has finished and its token is received.
     */
    @Test
    void closedWaitsWhileANotifyIsInFlight() throws Exception {
        final ScriptedQueue queue = new ScriptedQueue(8);
        final EventChannel channel = EventChannel.over(queue);
        final Receiver receiver = channel.receiver();
        queue.setInFlight(true);
        channel.close();

        assertEquals(0, receiver.tryRecv(prefilled()), "not CLOSED while a notify is in flight");
        assertTrue(events.isEmpty());
        assertEquals(0, receiver.recv(prefilled(), Duration.ZERO));
        assertEquals(0, receiver.recv(prefilled(), Duration.ofMillis(1)));
        assertEquals(0, receiver.poll(prefilled()));
        assertFalse(receiver.isEmpty());
        assertEquals(0, receiver.tryRecv(prefilled()), "the zeros above did not latch CLOSED");

        queue.setInFlight(false);
        assertTrue(queue.real().notifier().notify(3), "the notify in flight finishes its push");

        assertEquals(1, receiver.tryRecv(prefilled()));
        assertArrayEquals(new int[] {3}, events.toArray());
        assertEquals(Receiver.CLOSED, receiver.tryRecv(prefilled()));
        assertTrue(events.isEmpty());
    }

    /**
     * Defect 6 as reported: a producer stalls between claiming its place and writing it, so the
     * token that another thread notifies next, before {@code close()}, is hidden behind it. The
     * receiver must not return {@code CLOSED} on the strength of its empty poll; it waits, is
     * woken when the stalled notify finishes, and receives both tokens first.
     */
    @Test
    void aTokenNotifiedBeforeCloseIsReceivedBehindAStalledNotify() throws Exception {
        final ScriptedQueue queue = new ScriptedQueue(8);
        final EventChannel channel = EventChannel.over(queue, WaitStrategy.parkImmediately());
        final ScriptedQueue.Stall stall = queue.stallNextNotify();
        final BackgroundCall<Boolean> stalled = BackgroundCall.start("stalled producer",
            () -> channel.sender().notify(1));
        stall.awaitClaimed();

        assertTrue(channel.sender().notify(5), "notified before close(): must be received");
        channel.close();
        assertEquals(0, channel.receiver().tryRecv(events), "not CLOSED: a notify is in flight");

        final BackgroundCall<int[]> receiving = BackgroundCall.start("receiver", () -> {
            final Events mine = Events.withCapacity(8);
            final List<Integer> received = new ArrayList<>();
            while (channel.receiver().recv(mine) != Receiver.CLOSED) {
                mine.forEach(received::add);
            }
            return received.stream().mapToInt(Integer::intValue).sorted().toArray();
        });
        receiving.awaitParked();
        stall.release();

        final IllegalStateException overtaken = assertInstanceOf(IllegalStateException.class,
            stalled.failure(), "close() ran while that notify was in flight");
        assertTrue(overtaken.getMessage().startsWith("channel was closed while notify(1)"),
            overtaken.getMessage());
        assertArrayEquals(new int[] {1, 5}, receiving.result(),
            "5 (and the stalled producer's 1, a spurious event) before CLOSED");
    }

    /**
     * {@code close()} lands after a sender's push and before its re-check of {@code closed}:
     * the notify cannot promise delivery, so it throws; its token stays queued and is received
     * (a spurious event) before {@code CLOSED}. Later notifies are rejected before the queue.
     */
    @Test
    void aNotifyThatCloseOvertakesThrowsAndItsTokenComesBeforeClosed() throws Exception {
        final ScriptedQueue queue = new ScriptedQueue(8);
        final EventChannel channel = EventChannel.over(queue);
        queue.afterPush(channel::close);

        final IllegalStateException overtaken = assertThrows(IllegalStateException.class,
            () -> channel.sender().notify(3));
        assertTrue(overtaken.getMessage().startsWith("channel was closed while notify(3)"),
            overtaken.getMessage());
        assertTrue(channel.isClosed());
        assertFalse(queue.real().poller().isEmpty(), "its token is queued");

        final IllegalStateException later = assertThrows(IllegalStateException.class,
            () -> channel.sender().notify(4));
        assertTrue(later.getMessage().startsWith("channel is closed"), later.getMessage());
        assertEquals(1, queue.notifies(), "the later notify did not reach the queue");

        assertEquals(1, channel.receiver().tryRecv(prefilled()));
        assertArrayEquals(new int[] {3}, events.toArray());
        assertEquals(Receiver.CLOSED, channel.receiver().tryRecv(prefilled()));
    }

    @Test
    void aNotifyOnAClosedChannelThrowsAndChangesNothing() throws Exception {
        final ScriptedQueue queue = new ScriptedQueue(8);
        final EventChannel channel = EventChannel.over(queue);
        final Sender sender = channel.sender();
        assertTrue(sender.notify(2));
        channel.close();

        for (int token : new int[] {5, 2}) {
            final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sender.notify(token), "new and already pending tokens alike");
            assertTrue(e.getMessage().startsWith("channel is closed"), e.getMessage());
        }
        assertThrows(IllegalStateException.class, () -> sender.notify(new Token(6)));
        assertEquals(1, queue.notifies(), "no notify after close() reached the queue");

        assertEquals(1, channel.receiver().tryRecv(prefilled()));
        assertArrayEquals(new int[] {2}, events.toArray());
        assertTrue(queue.real().poller().isEmpty(), "no token became pending");
        assertEquals(Receiver.CLOSED, channel.receiver().tryRecv(prefilled()));
    }
}
