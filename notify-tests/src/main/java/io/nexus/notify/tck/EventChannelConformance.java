package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.Token;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The channel's part of the conformance kit: every bad input of the channel API (exception
 * type, a message naming the bad value and the valid range, pending tokens and
 * {@code events} untouched, the channel fully usable afterwards), {@code limit == 0}, use of a
 * closed channel and the finality of {@link Receiver#CLOSED}, the single-receiver rule (a
 * second concurrent receive is rejected before it changes anything), and the sender and the
 * receiver used through the plain {@link Notifier} and {@link Poller} interfaces. Extend it
 * and implement {@link #newChannel(int)}:
 *
 * <pre>{@code
 * class BuiltinChannelConformanceTest extends EventChannelConformance {
 *     @Override
 *     protected EventChannel newChannel(int capacity) {
 *         return EventChannel.create(capacity, "builtin");   // your backend's name
 *     }
 * }
 * }</pre>
 *
 * <p>Needs {@code io.nexus.notify:notify-channel} on the test class path (notify-tests
 * declares it optional). No test here waits for a token that is not already pending; the
 * waits that do happen are bounded, so a broken channel fails rather than hangs.
 */
public abstract class EventChannelConformance {

    private static final int CAPACITY = 16;

    /** Long enough never to elapse while a token is pending; bounds a wrongly blocking call. */
    private static final Duration LONG = Duration.ofSeconds(10);

    /** The timeout of receives that are expected to time out. */
    private static final Duration SHORT = Duration.ofMillis(1);

    /** Creates the kit; subclasses supply {@link #newChannel(int)}. */
    protected EventChannelConformance() {
    }

    /**
     * Creates a new, open, empty channel over the backend under test. It must check its
     * capacity like {@link EventChannel#create(int, String)} does.
     *
     * @param capacity the requested capacity, possibly invalid
     * @return a new open channel with nothing pending
     * @throws IllegalArgumentException if {@code capacity} is not in
     *     {@code [1, EventQueue.MAX_CAPACITY]}
     */
    protected abstract EventChannel newChannel(int capacity);

    /**
     * Tells whether a {@link StackOverflowError} can cut the backend's poll short after its
     * drain has taken an entry; see {@link EventQueueConformance#drainCanBeCutShort()}. Such a
     * backend skips {@link #aReceiveCutShortByAStackOverflowLeavesTheReceiverFree()}, whose
     * queue it can wedge. The default, {@code false}, holds the backend to it.
     *
     * @return {@code true} to skip the deep-stack receive test
     */
    protected boolean drainCanBeCutShort() {
        return false;
    }

    /**
     * Makes a channel with tokens 3 and 5 pending, the state every check must leave untouched.
     *
     * @return the channel
     */
    private EventChannel channelWithPending() {
        final EventChannel channel = newChannel(CAPACITY);
        assertTrue(channel.sender().notify(3));
        assertTrue(channel.sender().notify(5));
        return channel;
    }

    /** Asserts that 3 then 5 are still pending, then that every receive works normally. */
    private static void assertUntouchedAndUsable(EventChannel channel) throws InterruptedException {
        final Sender sender = channel.sender();
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(0);
        assertEquals(2, receiver.tryRecv(events), "pending tokens must survive");
        assertArrayEquals(new int[] {3, 5}, events.toArray());
        assertTrue(sender.notify(0));
        assertTrue(sender.notify(CAPACITY - 1));
        assertTrue(sender.notify(new Token(3)));
        assertFalse(sender.notify(0), "a pending token must conflate");
        assertEquals(1, receiver.recv(events, 1));
        assertArrayEquals(new int[] {0}, events.toArray());
        assertEquals(1, receiver.recv(events, 1, LONG));
        assertArrayEquals(new int[] {CAPACITY - 1}, events.toArray());
        assertEquals(1, receiver.recv(events, LONG));
        assertArrayEquals(new int[] {3}, events.toArray());
        assertEquals(0, receiver.tryRecv(events, 4));
        assertEquals(0, receiver.recv(events, SHORT), "an empty channel must time out with 0");
        assertTrue(sender.notify(7));
        assertEquals(1, receiver.recv(events));
        assertArrayEquals(new int[] {7}, events.toArray());
        assertFalse(channel.isClosed());
    }

    private static void assertMentions(Throwable e, String... parts) {
        final String message = e.getMessage();
        for (String part : parts) {
            assertTrue(message != null && message.contains(part),
                () -> "message '" + message + "' should mention '" + part + "'");
        }
    }

    /** A call that must be rejected before it touches {@code events} or the channel. */
    @FunctionalInterface
    private interface ReceiveCall {
        int call(Receiver receiver, Events events) throws InterruptedException;
    }

    /** Asserts that {@code call} throws {@code type} and leaves a marker in {@code events}. */
    private <T extends Throwable> T assertRejected(Class<T> type, EventChannel channel,
                                                   ReceiveCall call) {
        final Events events = marked();
        final T e = assertThrows(type, () -> call.call(channel.receiver(), events));
        assertArrayEquals(new int[] {9}, events.toArray(),
            "a rejected receive must not touch events");
        return e;
    }

    /**
     * Returns a batch holding the marker token 9, which a rejected receive must leave in place.
     *
     * @return the batch
     */
    private static Events marked() {
        final Events events = Events.withCapacity(4);
        events.append(9);
        return events;
    }

    /** Every receive method, each of which claims the receiver on entry. */
    private static ReceiveCall[] everyReceive() {
        return new ReceiveCall[] {
            Receiver::recv,
            (r, e) -> r.recv(e, 1),
            (r, e) -> r.recv(e, 0),
            (r, e) -> r.recv(e, SHORT),
            (r, e) -> r.recv(e, 1, SHORT),
            Receiver::tryRecv,
            (r, e) -> r.tryRecv(e, 1),
            (r, e) -> r.tryRecv(e, 0),
            Receiver::poll,
            (r, e) -> r.poll(e, 1),
            (r, e) -> r.poll(e, 0),
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, CAPACITY, CAPACITY + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void notifyOfOutOfRangeIndexIsRejected(int bad) throws InterruptedException {
        final EventChannel channel = channelWithPending();
        final IndexOutOfBoundsException e =
            assertThrows(IndexOutOfBoundsException.class, () -> channel.sender().notify(bad));
        assertMentions(e, Integer.toString(bad), "[0, " + CAPACITY + ")");
        assertUntouchedAndUsable(channel);
    }

    @ParameterizedTest
    @ValueSource(ints = {CAPACITY, CAPACITY + 1, Integer.MAX_VALUE})
    void notifyOfOutOfRangeTokenIsRejected(int bad) throws InterruptedException {
        final EventChannel channel = channelWithPending();
        final IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
            () -> channel.sender().notify(new Token(bad)));
        assertMentions(e, Integer.toString(bad), "[0, " + CAPACITY + ")");
        assertUntouchedAndUsable(channel);
    }

    @Test
    void notifyOfNullTokenIsRejected() throws InterruptedException {
        final EventChannel channel = channelWithPending();
        final NullPointerException e =
            assertThrows(NullPointerException.class, () -> channel.sender().notify((Token) null));
        assertMentions(e, "token");
        assertUntouchedAndUsable(channel);
    }

    @Test
    void receiveIntoNullEventsIsRejected() throws InterruptedException {
        final EventChannel channel = channelWithPending();
        final Receiver receiver = channel.receiver();
        final Executable[] calls = {
            () -> receiver.recv(null),
            () -> receiver.recv(null, 1),
            () -> receiver.recv(null, LONG),
            () -> receiver.recv(null, 1, LONG),
            () -> receiver.tryRecv(null),
            () -> receiver.tryRecv(null, 1),
            () -> receiver.poll(null),
            () -> receiver.poll(null, 1),
        };
        for (Executable call : calls) {
            assertMentions(assertThrows(NullPointerException.class, call), "events");
        }
        assertUntouchedAndUsable(channel);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -2, Integer.MIN_VALUE})
    void negativeLimitIsRejected(int bad) throws InterruptedException {
        final EventChannel channel = channelWithPending();
        final ReceiveCall[] calls = {
            (r, e) -> r.recv(e, bad),
            (r, e) -> r.recv(e, bad, LONG),
            (r, e) -> r.tryRecv(e, bad),
            (r, e) -> r.poll(e, bad),
        };
        for (ReceiveCall call : calls) {
            assertMentions(assertRejected(IllegalArgumentException.class, channel, call),
                "limit", Integer.toString(bad), ">= 0");
        }
        assertUntouchedAndUsable(channel);
    }

    @Test
    void nullTimeoutIsRejected() throws InterruptedException {
        final EventChannel channel = channelWithPending();
        assertMentions(assertRejected(NullPointerException.class, channel,
            (r, e) -> r.recv(e, null)), "timeout");
        assertMentions(assertRejected(NullPointerException.class, channel,
            (r, e) -> r.recv(e, 1, null)), "timeout");
        assertUntouchedAndUsable(channel);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -1_000_000, Long.MIN_VALUE})
    void negativeTimeoutIsRejected(long nanos) throws InterruptedException {
        final EventChannel channel = channelWithPending();
        final Duration bad = Duration.ofNanos(nanos);
        assertMentions(assertRejected(IllegalArgumentException.class, channel,
            (r, e) -> r.recv(e, bad)), "timeout", bad.toString(), ">= 0");
        assertMentions(assertRejected(IllegalArgumentException.class, channel,
            (r, e) -> r.recv(e, 2, bad)), "timeout", bad.toString(), ">= 0");
        assertUntouchedAndUsable(channel);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, EventQueue.MAX_CAPACITY + 1, Integer.MAX_VALUE})
    void badCapacityIsRejectedWithoutAllocating(int bad) throws InterruptedException {
        // An OutOfMemoryError here (an attempt to allocate first) fails the assertion.
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> newChannel(bad));
        assertMentions(e, Integer.toString(bad), "[1, " + EventQueue.MAX_CAPACITY + "]");
        assertUntouchedAndUsable(channelWithPending());
    }

    @Test
    void zeroCapacityEventsGrowOnEveryReceive() throws InterruptedException {
        final EventChannel channel = channelWithPending();
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(0);
        assertEquals(0, events.capacity());
        assertEquals(2, receiver.recv(events));
        assertArrayEquals(new int[] {3, 5}, events.toArray());
        for (int t = 0; t < CAPACITY; t++) {
            channel.sender().notify(t);
        }
        final Events timed = Events.withCapacity(0);
        assertEquals(CAPACITY, receiver.recv(timed, LONG));
        assertEquals(CAPACITY, timed.size());
        channel.sender().notify(1);
        final Events tried = Events.withCapacity(0);
        assertEquals(1, receiver.tryRecv(tried, 5));
        assertArrayEquals(new int[] {1}, tried.toArray());
    }

    @Test
    void limitZeroReturnsAtOnceAndLeavesTokensPending() throws InterruptedException {
        final EventChannel channel = channelWithPending();
        final Receiver receiver = channel.receiver();
        final Events events = marked();
        assertEquals(0, receiver.tryRecv(events, 0));
        assertTrue(events.isEmpty(), "a receive clears events even with limit 0");
        assertEquals(0, receiver.recv(events, 0, LONG));
        assertEquals(0, receiver.recv(events, 0));
        final Events polled = marked();
        assertEquals(0, receiver.poll(polled, 0));
        assertTrue(polled.isEmpty(), "a poll clears events even with limit 0");
        assertUntouchedAndUsable(channel);
        // On an empty channel limit 0 must not wait either: the preemptive bound catches a hang.
        assertTimeoutPreemptively(LONG, () -> assertEquals(0, receiver.recv(events, 0)));
        assertTimeoutPreemptively(LONG, () -> assertEquals(0, receiver.recv(events, 0, LONG)));
    }

    @Test
    void notifyAfterCloseIsRejectedAndPendingTokensStayDrainable() throws InterruptedException {
        final EventChannel channel = channelWithPending();
        channel.close();
        assertTrue(channel.isClosed());
        final IllegalStateException e =
            assertThrows(IllegalStateException.class, () -> channel.sender().notify(7));
        assertMentions(e, "closed", "7");
        assertThrows(IllegalStateException.class, () -> channel.sender().notify(3));
        assertThrows(IllegalStateException.class, () -> channel.sender().notify(new Token(1)));
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(0);
        assertEquals(1, receiver.recv(events, 1));
        assertArrayEquals(new int[] {3}, events.toArray(), "pending tokens drain in order");
        assertEquals(1, receiver.tryRecv(events));
        assertArrayEquals(new int[] {5}, events.toArray(), "a rejected notify must not queue");
        assertEquals(Receiver.CLOSED, receiver.tryRecv(events));
    }

    @Test
    void everyReceiveReturnsClosedOnceDrained() {
        final EventChannel channel = channelWithPending();
        channel.close();
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(0);
        final ReceiveCall[] calls = {
            Receiver::recv,
            (r, e) -> r.recv(e, 1),
            (r, e) -> r.recv(e, LONG),
            (r, e) -> r.recv(e, 1, LONG),
            (r, e) -> r.recv(e, Duration.ZERO),
            Receiver::tryRecv,
            (r, e) -> r.tryRecv(e, 1),
        };
        assertTimeoutPreemptively(LONG, () -> {
            assertEquals(2, receiver.recv(events, LONG), "pending tokens first");
            for (int round = 0; round < 2; round++) {
                for (ReceiveCall call : calls) {
                    assertEquals(Receiver.CLOSED, call.call(receiver, events));
                    assertTrue(events.isEmpty());
                }
                final Events polled = marked();
                assertEquals(0, receiver.poll(polled), "a poll reads a closed channel as empty");
                assertTrue(polled.isEmpty());
            }
        });
        channel.close();
        assertTrue(channel.isClosed(), "close is idempotent");
        assertEquals(0, receiver.tryRecv(events, 0), "limit 0 returns 0, open or closed");
    }

    @Test
    void badInputOnAClosedChannelIsStillRejected() {
        final EventChannel channel = channelWithPending();
        channel.close();
        assertRejected(NullPointerException.class, channel, (r, e) -> r.recv(e, null));
        assertRejected(IllegalArgumentException.class, channel, (r, e) -> r.tryRecv(e, -1));
        assertRejected(IllegalArgumentException.class, channel,
            (r, e) -> r.recv(e, Duration.ofNanos(-1)));
        final Events events = Events.withCapacity(0);
        assertEquals(2, channel.receiver().tryRecv(events), "pending tokens must survive");
        assertArrayEquals(new int[] {3, 5}, events.toArray());
        assertEquals(Receiver.CLOSED, channel.receiver().tryRecv(events));
    }

    /**
     * The sender is a {@link Notifier} and the receiver a {@link Poller}: code written against
     * the queue API works on a channel unchanged, {@code isEmpty()} included.
     */
    @Test
    void senderAndReceiverWorkAsNotifierAndPoller() {
        final EventChannel channel = newChannel(CAPACITY);
        final Notifier notifier = channel.sender();
        final Poller poller = channel.receiver();
        assertEquals(CAPACITY, poller.capacity());
        assertTrue(poller.isEmpty(), "a new channel must be empty");
        notifyEach(notifier, 3, 5, 1);
        assertFalse(notifier.notify(5), "a pending token must conflate");
        assertFalse(notifier.notify(new Token(3)), "a pending token must conflate");
        assertFalse(poller.isEmpty());
        final Events events = marked();
        assertEquals(0, poller.poll(events, 0));
        assertTrue(events.isEmpty(), "a poll with limit 0 must clear events");
        assertEquals(2, poller.poll(events, 2));
        assertArrayEquals(new int[] {3, 5}, events.toArray());
        assertFalse(poller.isEmpty(), "a limited poll that left a token must leave it pending");
        assertEquals(1, poller.poll(events));
        assertArrayEquals(new int[] {1}, events.toArray());
        assertTrue(poller.isEmpty(), "the poll that took everything must leave it empty");
        assertEquals(0, poller.poll(events));
        assertTrue(notifier.notify(3), "a polled token must be re-armed");
        assertEquals(1, poller.poll(events));
        assertArrayEquals(new int[] {3}, events.toArray());
        assertFalse(channel.isClosed());
    }

    /**
     * Through the {@link Poller} interface a closed channel drains its pending tokens, then
     * reads as empty: {@code poll} returns {@code 0}, never {@link Receiver#CLOSED}, before
     * and after {@code tryRecv} has reported {@code CLOSED}. A notify through the
     * {@link Notifier} interface is rejected like one through the sender.
     */
    @Test
    void pollOnAClosedChannelDrainsThenReturnsZeroWhereTryRecvReturnsClosed() {
        final EventChannel channel = channelWithPending();
        final Notifier notifier = channel.sender();
        final Poller poller = channel.receiver();
        channel.close();
        assertThrows(IllegalStateException.class, () -> notifier.notify(7));
        final Events events = Events.withCapacity(0);
        assertEquals(1, poller.poll(events, 1));
        assertArrayEquals(new int[] {3}, events.toArray());
        assertEquals(1, poller.poll(events));
        assertArrayEquals(new int[] {5}, events.toArray());
        assertTrue(poller.isEmpty());
        for (int round = 0; round < 2; round++) {
            final Events polled = marked();
            assertEquals(0, poller.poll(polled), "closed and drained: a poll returns 0");
            assertTrue(polled.isEmpty());
            assertEquals(0, poller.poll(polled, 1));
        }
        assertEquals(Receiver.CLOSED, channel.receiver().tryRecv(events));
        assertEquals(0, poller.poll(events), "a poll returns 0 after tryRecv saw CLOSED");
        assertEquals(Receiver.CLOSED, channel.receiver().tryRecv(events));
    }

    /**
     * Once a receive has returned {@link Receiver#CLOSED}, every later receive returns it, even
     * if a token is queued afterwards (as a notify that raced with {@code close()} and threw
     * may leave one). The token is modelled by a notify on the channel's queue itself, so this
     * test needs the channel's backend to be installed by name.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void closedIsFinalEvenIfATokenIsQueuedAfterIt() throws InterruptedException {
        final String backend = newChannel(CAPACITY).backend();
        assumeTrue(EventQueue.availableBackends().contains(backend),
            "needs backend '" + backend + "' installed, to build a channel over its queue");
        final EventQueue queue = EventQueue.create(CAPACITY, backend);
        final EventChannel channel = EventChannel.over(queue);
        final Receiver receiver = channel.receiver();
        assertTrue(channel.sender().notify(3));
        channel.close();
        final Events events = Events.withCapacity(0);
        assertEquals(1, receiver.recv(events, LONG));
        assertArrayEquals(new int[] {3}, events.toArray());
        assertEquals(Receiver.CLOSED, receiver.tryRecv(events));
        assertTrue(queue.notifier().notify(5), "the queue itself still accepts a token");
        assertFalse(receiver.isEmpty(), "the token is queued");
        final ReceiveCall[] calls = {
            Receiver::recv,
            (r, e) -> r.recv(e, 1),
            (r, e) -> r.recv(e, LONG),
            (r, e) -> r.recv(e, 1, LONG),
            Receiver::tryRecv,
            (r, e) -> r.tryRecv(e, 1),
        };
        assertTimeoutPreemptively(LONG, () -> {
            for (ReceiveCall call : calls) {
                final Events batch = marked();
                assertEquals(Receiver.CLOSED, call.call(receiver, batch),
                    "CLOSED must be final");
                assertTrue(batch.isEmpty(), "a receive that returns CLOSED clears events");
            }
        });
        final Events polled = marked();
        assertEquals(0, receiver.poll(polled));
        assertTrue(polled.isEmpty());
        assertFalse(queue.notifier().notify(5), "no receive after CLOSED takes the token");
    }

    /**
     * While one thread is inside a receive, every receive method called from another thread
     * throws {@link IllegalStateException} at once and changes nothing: its batch is not
     * cleared, no token is taken, and the first receive goes on to get the tokens notified
     * next, in order. Afterwards the receiver is free again.
     *
     * <p>The owner waits in {@code recv} on an empty channel. The test finds it inside by
     * probing with {@code tryRecv}, which returns {@code 0} until the owner holds the receiver;
     * a probe that happens to hold it at the moment the owner enters makes the owner's
     * {@code recv} throw, and the owner then enters again.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void aSecondConcurrentReceiverIsRejectedAtEntryAndChangesNothing()
            throws InterruptedException {
        final EventChannel channel = newChannel(CAPACITY);
        final Receiver receiver = channel.receiver();
        final List<Integer> received = new ArrayList<>();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Thread owner = new Thread(() -> {
            final Events events = Events.withCapacity(0);
            try {
                while (received.size() < 2) {
                    final int n;
                    try {
                        n = receiver.recv(events, LONG);
                    } catch (IllegalStateException collidedWithAProbe) {
                        continue;
                    }
                    if (n <= 0) {
                        throw new AssertionError("the owner's recv returned " + n);
                    }
                    events.forEach(t -> received.add(t));
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "conformance-owner");
        owner.setDaemon(true);
        owner.start();
        final Events probe = Events.withCapacity(0);
        while (true) {
            try {
                assertEquals(0, receiver.tryRecv(probe), "nothing is pending yet");
            } catch (IllegalStateException ownerIsInside) {
                break;
            }
            if (!owner.isAlive()) {
                fail("the owner ended before it was seen receiving", failure.get());
            }
            Thread.yield();
        }
        // Preemptive bound: a receive that is not rejected would wait on the empty channel.
        assertTimeoutPreemptively(LONG, () -> {
            for (ReceiveCall call : everyReceive()) {
                assertMentions(assertRejected(IllegalStateException.class, channel, call),
                    "receiving");
            }
        });
        assertFalse(channel.isClosed());
        assertTrue(channel.sender().notify(3));
        assertTrue(channel.sender().notify(5));
        owner.join(LONG.toMillis());
        assertFalse(owner.isAlive(), "the owner did not receive the tokens notified");
        if (failure.get() != null) {
            fail("the owner failed", failure.get());
        }
        assertEquals(List.of(3, 5), received, "the owner must get the tokens, in order");
        assertUntouchedAndUsable(withPending(channel));
    }

    /**
     * Receives from the last frames of a small stack, so that a {@link StackOverflowError}
     * strikes at every point of {@code tryRecv} it can, taking the receiver's role and giving
     * it back included (docs/progress.md). Afterwards the channel must still have a receiver's
     * role to give: a receive from another thread is not rejected as a second receiver, and it
     * gets what is pending.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void aReceiveCutShortByAStackOverflowLeavesTheReceiverFree() throws InterruptedException {
        assumeFalse(drainCanBeCutShort(), "this backend's drain is library code that a stack"
            + " overflow can cut short after it has taken an entry (docs/progress.md)");
        final EventChannel channel = newChannel(CAPACITY);
        final Receiver receiver = channel.receiver();
        final Events batch = Events.withCapacity(1);
        int overflows = 0;
        int completed = 0;
        for (int dive = 0; dive < 8; dive++) {
            // Tokens 8 to 14: none that the usability check below notifies.
            channel.sender().notify(8 + dive % 7);
            final DeepStackCaller consumer = DeepStackCaller.run(1,
                depth -> receiver.tryRecv(batch, 1));
            overflows += consumer.overflows();
            completed += consumer.completed();
            receiver.tryRecv(Events.withCapacity(0));
        }
        assertTrue(overflows > 0 && completed > 0,
            "the receives overflowed at some depths and completed at others");
        assertUntouchedAndUsable(withPending(channel));
    }

    /**
     * Makes 3 and 5 pending on a channel, the state {@link #assertUntouchedAndUsable} expects.
     *
     * @param channel an open channel with nothing pending
     * @return the same channel
     */
    private static EventChannel withPending(EventChannel channel) {
        assertTrue(channel.sender().notify(3));
        assertTrue(channel.sender().notify(5));
        return channel;
    }

    /**
     * Notifies each token through a plain {@link Notifier}, asserting that each was newly
     * queued.
     *
     * @param notifier the producer side
     * @param tokens   token indices, distinct and idle
     */
    private static void notifyEach(Notifier notifier, int... tokens) {
        for (int t : tokens) {
            assertTrue(notifier.notify(t), () -> "notify(" + t + ") of an idle token");
        }
    }
}
