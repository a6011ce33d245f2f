package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One receiver at a time, checked when a receive starts: a second thread that calls any receive
 * method while another is inside one gets {@link IllegalStateException} before it touches the
 * queue (issue 9, defect 8: the check used to happen only at park time, after a poll).
 *
 * <p>The first receiver waits inside {@code recv} with {@link WaitStrategy#parkImmediately()}.
 * A token is then notified through the underlying queue, which leaves it pending without waking
 * anyone, so a second receive that wrongly went ahead would take it.
 */
class EventChannelSingleReceiverTest {

    /** What the rejected call finds in its batch beforehand, and must find afterwards. */
    private static final int SENTINEL = 42;

    static List<Named<ReceiveCall>> receives() {
        final List<Named<ReceiveCall>> all = new ArrayList<>(ReceiveCall.closedReporting());
        all.addAll(ReceiveCall.polls());
        return all;
    }

    private static BackgroundCall<int[]> parkedReceiver(EventChannel channel) {
        final BackgroundCall<int[]> first = BackgroundCall.start("first receiver", () -> {
            final Events mine = Events.withCapacity(8);
            channel.receiver().recv(mine);
            return mine.toArray();
        });
        first.awaitParked();
        return first;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receives")
    void aSecondReceiveWhileOneWaitsIsRejectedAtEntryAndChangesNothing(ReceiveCall second)
            throws Exception {
        final EventQueue queue = EventQueue.create(8);
        try (EventChannel channel = EventChannel.over(queue, WaitStrategy.parkImmediately())) {
            final Receiver receiver = channel.receiver();
            final BackgroundCall<int[]> first = parkedReceiver(channel);
            assertTrue(queue.notifier().notify(5), "pending, without waking the first receiver");
            final Events batch = Events.withCapacity(8);
            batch.append(SENTINEL);

            final Throwable thrown = BackgroundCall.start("second receiver",
                () -> second.call(receiver, batch)).failure();

            final IllegalStateException rejected = assertInstanceOf(IllegalStateException.class,
                thrown);
            assertTrue(rejected.getMessage().contains("'first receiver' is already receiving"),
                rejected.getMessage());
            assertArrayEquals(new int[] {SENTINEL}, batch.toArray(), "the batch is untouched");
            channel.sender().notify(6);
            assertArrayEquals(new int[] {5, 6}, first.result(),
                "the token pending before the rejected call is still there for the first");

            channel.sender().notify(7);
            final int later = BackgroundCall.start("second receiver",
                () -> second.call(receiver, batch)).result();
            assertEquals(1, later, "once the first has returned, another thread may receive");
            assertArrayEquals(new int[] {7}, batch.toArray());
        }
    }

    @Test
    void aReceiveThatThrowsReleasesTheReceiver() throws Exception {
        try (EventChannel channel = EventChannel.create(4, null, WaitStrategy.parkImmediately())) {
            final BackgroundCall<Boolean> first = BackgroundCall.start("first receiver", () -> {
                try {
                    channel.receiver().recv(Events.withCapacity(4));
                    return false;
                } catch (InterruptedException e) {
                    return true;
                }
            });
            first.awaitParked();
            first.thread().interrupt();
            assertTrue(first.result(), "InterruptedException expected");

            channel.sender().notify(2);
            final Events events = Events.withCapacity(4);
            assertEquals(1, channel.receiver().tryRecv(events));
            assertArrayEquals(new int[] {2}, events.toArray());
        }
    }

    @Test
    void oneThreadMayReceiveAgainAndAgain() throws Exception {
        try (EventChannel channel = EventChannel.create(4)) {
            final Receiver receiver = channel.receiver();
            final Events events = Events.withCapacity(4);
            for (int t = 0; t < 4; t++) {
                channel.sender().notify(t);
                assertEquals(1, receiver.poll(events));
                channel.sender().notify(t);
                assertEquals(1, receiver.tryRecv(events));
                channel.sender().notify(t);
                assertEquals(1, receiver.recv(events));
                assertArrayEquals(new int[] {t}, events.toArray());
            }
        }
    }
}
