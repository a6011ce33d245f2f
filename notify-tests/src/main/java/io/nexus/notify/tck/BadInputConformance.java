package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bad input: the exception type, a message naming the bad value and the valid range
 * (for example {@code token index 16 is out of range [0, 16)}, {@code limit must be >= 0, was
 * -1}, {@code capacity must be in [1, 1073741824], was 0}), and the queue's state untouched
 * and fully usable afterwards: pending tokens still pending, in order, and a batch passed to a
 * rejected poll not even cleared.
 */
public abstract class BadInputConformance extends ConformanceSupport {

    private static final int CAPACITY = 16;

    /** Creates the group; subclasses supply {@link #newQueue(int)}. */
    protected BadInputConformance() {
    }

    /**
     * Makes a queue with tokens 3 and 5 pending, the state every check must leave untouched.
     *
     * @return the queue
     */
    private EventQueue queueWithPending() {
        final EventQueue q = newQueue(CAPACITY);
        notifyNew(q.notifier(), 3, 5);
        return q;
    }

    /** Asserts that 3 then 5 are still pending, and that the queue then works normally. */
    private static void assertUntouchedAndUsable(EventQueue q) {
        assertFalse(q.poller().isEmpty(), "pending tokens must still count as pending");
        assertArrayEquals(new int[] {3, 5}, pollAll(q.poller()), "pending tokens must survive");
        notifyNew(q.notifier(), 0, CAPACITY - 1, 3);
        assertArrayEquals(new int[] {0, CAPACITY - 1}, poll(q.poller(), 2));
        assertArrayEquals(new int[] {3}, pollAll(q.poller()));
        assertArrayEquals(new int[0], pollAll(q.poller()));
    }

    private static void assertMentions(Throwable e, String... parts) {
        final String message = e.getMessage();
        for (String part : parts) {
            assertTrue(message != null && message.contains(part),
                () -> "message '" + message + "' should mention '" + part + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, CAPACITY, CAPACITY + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void notifyOfOutOfRangeIndexIsRejected(int bad) {
        final EventQueue q = queueWithPending();
        final IndexOutOfBoundsException e =
            assertThrows(IndexOutOfBoundsException.class, () -> q.notifier().notify(bad));
        assertMentions(e, Integer.toString(bad), "[0, " + CAPACITY + ")");
        assertUntouchedAndUsable(q);
    }

    @ParameterizedTest
    @ValueSource(ints = {CAPACITY, CAPACITY + 1, Integer.MAX_VALUE})
    void notifyOfOutOfRangeTokenIsRejected(int bad) {
        final EventQueue q = queueWithPending();
        final IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
            () -> q.notifier().notify(new Token(bad)));
        assertMentions(e, Integer.toString(bad), "[0, " + CAPACITY + ")");
        assertUntouchedAndUsable(q);
    }

    @Test
    void notifyOfNullTokenIsRejected() {
        final EventQueue q = queueWithPending();
        assertThrows(NullPointerException.class, () -> q.notifier().notify((Token) null));
        assertUntouchedAndUsable(q);
    }

    @Test
    void pollIntoNullEventsIsRejected() {
        final EventQueue q = queueWithPending();
        assertThrows(NullPointerException.class, () -> q.poller().poll(null));
        assertThrows(NullPointerException.class, () -> q.poller().poll(null, 1));
        assertThrows(NullPointerException.class, () -> q.poller().poll(null, 0));
        assertUntouchedAndUsable(q);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -2, Integer.MIN_VALUE})
    void negativeLimitIsRejected(int bad) {
        final EventQueue q = queueWithPending();
        final Events events = Events.withCapacity(4);
        events.append(9);
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> q.poller().poll(events, bad));
        assertMentions(e, Integer.toString(bad), ">= 0");
        assertArrayEquals(new int[] {9}, events.toArray(),
            "a rejected poll must not clear the batch or add to it");
        assertEquals(4, events.capacity(), "a rejected poll must not grow the batch");
        assertUntouchedAndUsable(q);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE, EventQueue.MAX_CAPACITY + 1, Integer.MAX_VALUE})
    void badCapacityIsRejectedWithoutAllocating(int bad) {
        // An OutOfMemoryError here (an attempt to allocate first) fails the assertion.
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> newQueue(bad));
        assertMentions(e, Integer.toString(bad), "[1, " + EventQueue.MAX_CAPACITY + "]");
        assertUntouchedAndUsable(queueWithPending());
    }

    @Test
    void negativeEventsCapacityIsRejected() {
        final IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> Events.withCapacity(-1));
        assertMentions(e, "-1", ">= 0");
    }

    @Test
    void zeroCapacityEventsAreValidAndGrow() {
        final EventQueue q = queueWithPending();
        final Events events = Events.withCapacity(0);
        assertEquals(0, events.capacity());
        assertEquals(2, q.poller().poll(events));
        assertArrayEquals(new int[] {3, 5}, events.toArray());
    }

    /**
     * A negative index fails the same way whether it is wrapped in a {@link Token} or passed to
     * {@code notify(int)}: {@link IndexOutOfBoundsException}, naming the index.
     *
     * @param bad a negative index
     */
    @ParameterizedTest
    @ValueSource(ints = {-1, -16, Integer.MIN_VALUE})
    void negativeIndexIsOutOfBoundsAsTokenAndAsInt(int bad) {
        final EventQueue q = queueWithPending();
        final IndexOutOfBoundsException byToken =
            assertThrows(IndexOutOfBoundsException.class, () -> new Token(bad));
        assertMentions(byToken, Integer.toString(bad));
        final IndexOutOfBoundsException byIndex =
            assertThrows(IndexOutOfBoundsException.class, () -> q.notifier().notify(bad));
        assertMentions(byIndex, Integer.toString(bad));
        assertUntouchedAndUsable(q);
    }

    @Test
    void eventsPositionOutOfRangeIsRejected() {
        final EventQueue q = queueWithPending();
        final Events events = Events.withCapacity(8);
        q.poller().poll(events);
        final IndexOutOfBoundsException e =
            assertThrows(IndexOutOfBoundsException.class, () -> events.index(2));
        assertMentions(e, "2", "[0, 2)");
        assertThrows(IndexOutOfBoundsException.class, () -> events.index(-1));
        assertThrows(NullPointerException.class, () -> events.forEach(null));
        assertArrayEquals(new int[] {3, 5}, events.toArray());
    }
}
