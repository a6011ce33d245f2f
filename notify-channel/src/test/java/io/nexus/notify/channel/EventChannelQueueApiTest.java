package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.Token;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A channel's sender is a {@link Notifier} and its receiver a {@link Poller} (issue 9,
 * defect 3): code written against the queue API works when given them, a poll is a receive
 * that never waits, and a closed, drained channel polls as empty rather than {@code CLOSED}.
 */
class EventChannelQueueApiTest {

    private final Events events = Events.withCapacity(8);

    /** Library code that knows only the producer API: notifies each token, counts the new. */
    private static int notifyEach(Notifier notifier, int... tokens) {
        int queued = 0;
        for (int token : tokens) {
            if (notifier.notify(new Token(token))) {
                queued++;
            }
        }
        return queued;
    }

    /** Library code that knows only the consumer API: one bounded poll, then one full poll. */
    private static int[][] pollTwice(Poller poller, Events events, int limit) {
        poller.poll(events, limit);
        final int[] first = events.toArray();
        poller.poll(events);
        return new int[][] {first, events.toArray()};
    }

    @Test
    void aSenderGivenAsANotifierQueuesAndConflates() throws Exception {
        try (EventChannel channel = EventChannel.create(8)) {
            assertEquals(2, notifyEach(channel.sender(), 3, 1, 3));

            assertEquals(2, channel.receiver().tryRecv(events));
            assertArrayEquals(new int[] {3, 1}, events.toArray());
        }
    }

    @Test
    void aSenderGivenAsANotifierWakesAWaitingReceiver() throws Exception {
        try (EventChannel channel = EventChannel.create(8, null, WaitStrategy.parkImmediately())) {
            final BackgroundCall<int[]> call = BackgroundCall.start("receiver", () -> {
                final Events mine = Events.withCapacity(8);
                channel.receiver().recv(mine);
                return mine.toArray();
            });
            call.awaitParked();

            assertEquals(1, notifyEach(channel.sender(), 6));

            assertArrayEquals(new int[] {6}, call.result());
        }
    }

    @Test
    void aReceiverGivenAsAPollerDrainsOldestFirst() throws Exception {
        try (EventChannel channel = EventChannel.create(8)) {
            for (int t : new int[] {5, 2, 7}) {
                channel.sender().notify(t);
            }

            final int[][] polled = pollTwice(channel.receiver(), events, 2);

            assertArrayEquals(new int[] {5, 2}, polled[0]);
            assertArrayEquals(new int[] {7}, polled[1]);
        }
    }

    @Test
    void pollReturnsWhatIsPendingWithoutWaiting() throws Exception {
        try (EventChannel channel = EventChannel.create(8, null, WaitStrategy.parkImmediately())) {
            final Receiver receiver = channel.receiver();
            events.append(4);

            final int empty = assertTimeoutPreemptively(
                Duration.ofSeconds(BackgroundCall.PATIENCE_SECONDS), () -> receiver.poll(events),
                "a poll of an open, empty channel must not wait");

            assertEquals(0, empty);
            assertTrue(events.isEmpty(), "the batch is cleared");
            channel.sender().notify(1);
            channel.sender().notify(0);
            assertEquals(0, receiver.poll(events, 0));
            assertEquals(2, receiver.poll(events, 8));
            assertArrayEquals(new int[] {1, 0}, events.toArray());
        }
    }

    @Test
    void aClosedDrainedChannelPollsAsEmptyWhileTryRecvSaysClosed() throws Exception {
        final EventChannel channel = EventChannel.create(8);
        final Receiver receiver = channel.receiver();
        channel.sender().notify(4);
        channel.sender().notify(6);
        channel.close();

        assertEquals(1, receiver.poll(events, 1), "pending tokens are still polled");
        assertArrayEquals(new int[] {4}, events.toArray());
        assertEquals(1, receiver.poll(events));
        assertArrayEquals(new int[] {6}, events.toArray());
        events.append(3);
        assertEquals(0, receiver.poll(events), "closed and drained: 0, not CLOSED");
        assertTrue(events.isEmpty());
        assertEquals(Receiver.CLOSED, receiver.tryRecv(events));
        assertEquals(0, receiver.poll(events, 2));
        assertEquals(Receiver.CLOSED, receiver.recv(events));
    }

    @Test
    void isEmptyAndCapacityAreTheQueues() {
        final ScriptedQueue queue = new ScriptedQueue(8);
        try (EventChannel channel = EventChannel.over(queue)) {
            final Receiver receiver = channel.receiver();
            assertEquals(8, receiver.capacity());
            assertTrue(receiver.isEmpty());

            channel.sender().notify(3);
            assertFalse(receiver.isEmpty());
            receiver.tryRecv(events);
            assertTrue(receiver.isEmpty());

            queue.setInFlight(true);
            assertFalse(receiver.isEmpty(), "strict: a notify in flight counts as pending");
            assertEquals(0, receiver.poll(events));
            queue.setInFlight(false);
            assertTrue(receiver.isEmpty());
        }
    }
}
