package io.nexus.notify.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every method of {@link LatestValues} over the builtin backend, and every bad input: the
 * exception names the bad value, and nothing changed (each slot holds what it held, no token
 * became pending).
 */
class LatestValuesTest {

    private static final int CAPACITY = 16;

    private final EventQueue queue = EventQueue.create(CAPACITY, "builtin");
    private final LatestValues<String> values = LatestValues.over(queue.notifier(), CAPACITY);

    /** Polls everything pending. */
    private int[] pollAll() {
        final Events events = Events.withCapacity(0);
        queue.poller().poll(events);
        return events.toArray();
    }

    /**
     * Makes the state every bad input must leave alone: token 3 holds "a" and is pending, token
     * 5 holds "b" and is not pending (its delivery was polled, its value not taken).
     */
    private void seed() {
        assertTrue(values.publish(5, "b"));
        assertArrayEquals(new int[] {5}, pollAll());
        assertTrue(values.publish(3, "a"));
    }

    /** Asserts the state {@link #seed()} made, unchanged, then that the slots work normally. */
    private void assertUntouchedAndUsable() {
        for (int t = 0; t < CAPACITY; t++) {
            final String expected = t == 3 ? "a" : t == 5 ? "b" : null;
            assertEquals(expected, values.peek(t), "slot " + t);
        }
        assertArrayEquals(new int[] {3}, pollAll(), "only token 3 may be pending");
        assertEquals("a", values.take(3));
        assertEquals("b", values.take(5));
        assertTrue(values.publish(CAPACITY - 1, "z"));
        assertArrayEquals(new int[] {CAPACITY - 1}, pollAll());
        assertEquals("z", values.take(CAPACITY - 1));
    }

    private static void assertMentions(Throwable e, String... parts) {
        final String message = e.getMessage();
        for (String part : parts) {
            assertTrue(message != null && message.contains(part),
                () -> "message '" + message + "' should mention '" + part + "'");
        }
    }

    /** A merger that must not be called. */
    private static String neverCalled(String unread, String value) {
        throw new AssertionError("the merger was called with " + unread + ", " + value);
    }

    @Test
    void newSlotsAreEmptyAndSizedAsAsked() {
        final LatestValues<String> small = LatestValues.over(queue.notifier(), 4);
        assertEquals(4, small.capacity());
        assertEquals(CAPACITY, values.capacity());
        for (int t = 0; t < CAPACITY; t++) {
            assertNull(values.peek(t));
            assertNull(values.take(t));
        }
        assertArrayEquals(new int[0], pollAll(), "creating slots notifies nothing");
    }

    @Test
    void publishStoresThenNotifiesAndReturnsWhatNotifyReturned() {
        assertTrue(values.publish(7, "x"), "an idle token becomes pending");
        assertFalse(values.publish(7, "y"), "a pending token conflates");
        assertEquals("y", values.peek(7), "the latest value replaces the unread one");
        assertArrayEquals(new int[] {7}, pollAll(), "one delivery for two publishes");
        assertEquals("y", values.take(7));
        assertTrue(values.publish(7, "z"), "a polled token is re-armed");
    }

    @Test
    void takeClearsSoASpuriousEventReadsNull() {
        values.publish(2, "x");
        assertArrayEquals(new int[] {2}, pollAll());
        assertEquals("x", values.take(2));
        assertNull(values.take(2), "a take after a take");
        queue.notifier().notify(2);
        assertArrayEquals(new int[] {2}, pollAll(), "a notify without a value: spurious");
        assertNull(values.take(2), "a spurious event reads null");
    }

    @Test
    void peekDoesNotClear() {
        values.publish(4, "x");
        assertEquals("x", values.peek(4));
        assertEquals("x", values.peek(4));
        assertEquals("x", values.take(4));
        assertNull(values.peek(4));
    }

    @Test
    void aPublishAfterATakeIsDeliveredAgain() {
        values.publish(1, "x");
        assertArrayEquals(new int[] {1}, pollAll());
        assertEquals("x", values.take(1));
        assertTrue(values.publish(1, "y"));
        assertArrayEquals(new int[] {1}, pollAll());
        assertEquals("y", values.take(1));
    }

    @Test
    void mergeFoldsIntoTheUnreadValueAndStartsFreshAfterATake() {
        final LatestValues<Long> volumes = LatestValues.over(queue.notifier(), CAPACITY);
        assertTrue(volumes.merge(6, 5L, Long::sum));
        assertFalse(volumes.merge(6, 7L, Long::sum));
        assertFalse(volumes.merge(6, 30L, Long::sum));
        assertEquals(42L, volumes.peek(6));
        assertArrayEquals(new int[] {6}, pollAll());
        assertEquals(42L, volumes.take(6));
        assertTrue(volumes.merge(6, 3L, Long::sum), "the token was re-armed by the poll");
        assertArrayEquals(new int[] {6}, pollAll());
        assertEquals(3L, volumes.take(6), "a merge after a take starts from nothing");
    }

    @Test
    void mergeIntoAnEmptySlotStoresTheValueWithoutCallingTheMerger() {
        assertTrue(values.merge(9, "x", LatestValuesTest::neverCalled));
        assertEquals("x", values.take(9));
    }

    @Test
    void mergeGivesTheMergerTheUnreadValueFirst() {
        values.publish(9, "a");
        values.merge(9, "b", String::concat);
        values.merge(9, "c", String::concat);
        assertEquals("abc", values.take(9));
    }

    @Test
    void mergeAfterAPublishFoldsIntoThePublishedValue() {
        values.publish(9, "a");
        values.publish(9, "b");
        values.merge(9, "c", String::concat);
        assertEquals("bc", values.take(9));
    }

    @Test
    void takeEachHandsTokensAsIntsInDeliveryOrderSkippingTakenOnes() {
        values.publish(8, "h");
        values.publish(2, "b");
        values.publish(11, "k");
        values.publish(0, "a");
        final Events events = Events.withCapacity(0);
        assertEquals(4, queue.poller().poll(events));
        assertEquals("k", values.take(11), "taken before the batch is read: skipped");
        final List<String> handed = new ArrayList<>();
        final int count = values.takeEach(events, (int token, String value) ->
            handed.add(token + "=" + value));
        assertEquals(3, count, "the number of values handed over");
        assertEquals(List.of("8=h", "2=b", "0=a"), handed);
        for (int t = 0; t < CAPACITY; t++) {
            assertNull(values.peek(t), "takeEach clears what it hands over");
        }
        assertEquals(0, values.takeEach(events, (token, value) -> handed.add("again")),
            "the same batch again: every value already taken");
        assertEquals(3, handed.size());
    }

    @Test
    void aNotifierThatFailsWhileTakeEachRecoversIsSuppressedAndTheValuesStay() {
        final IllegalStateException closed = new IllegalStateException("closed");
        final boolean[] failing = {false};
        final Notifier notifier = new Notifier() {
            @Override
            public boolean notify(int token) {
                if (failing[0]) {
                    throw closed;
                }
                return queue.notifier().notify(token);
            }

            @Override
            public int capacity() {
                return CAPACITY;
            }
        };
        final LatestValues<String> over = LatestValues.over(notifier, CAPACITY);
        assertTrue(over.publish(1, "a"));
        assertTrue(over.publish(2, "b"));
        final Events events = Events.withCapacity(0);
        assertEquals(2, queue.poller().poll(events));
        failing[0] = true;
        final RuntimeException failure = new RuntimeException("action failed");

        assertSame(failure, assertThrows(RuntimeException.class,
            () -> over.takeEach(events, (token, value) -> {
                throw failure;
            })));
        assertArrayEquals(new Throwable[] {closed}, failure.getSuppressed());
        assertNull(over.peek(1));
        assertEquals("b", over.peek(2), "kept for take");
    }

    @Test
    void takeEachOfAnEmptyBatchHandsNothing() {
        values.publish(1, "x");
        assertEquals(0, values.takeEach(Events.withCapacity(0), (token, value) -> {
            throw new AssertionError("called for " + token);
        }));
        assertEquals("x", values.peek(1));
    }

    @Test
    void theConsumerOfTakeEachTakesTheTokenUnboxed() throws NoSuchMethodException {
        final Method accept = TokenValueConsumer.class.getMethod("accept", int.class,
            Object.class);
        assertEquals(int.class, accept.getParameterTypes()[0]);
        assertEquals(1, TokenValueConsumer.class.getMethods().length,
            "one abstract method, no boxed overload");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, CAPACITY, CAPACITY + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void anOutOfRangeTokenIsRejectedByEveryMethod(int bad) {
        seed();
        final List<IndexOutOfBoundsException> rejected = List.of(
            assertThrows(IndexOutOfBoundsException.class, () -> values.publish(bad, "x")),
            assertThrows(IndexOutOfBoundsException.class,
                () -> values.merge(bad, "x", LatestValuesTest::neverCalled)),
            assertThrows(IndexOutOfBoundsException.class, () -> values.take(bad)),
            assertThrows(IndexOutOfBoundsException.class, () -> values.peek(bad)));
        for (IndexOutOfBoundsException e : rejected) {
            assertMentions(e, Integer.toString(bad), "[0, " + CAPACITY + ")");
        }
        assertUntouchedAndUsable();
    }

    @Test
    void aTokenTheNotifierAcceptsButTheSlotsDoNotIsRejected() {
        final LatestValues<String> small = LatestValues.over(queue.notifier(), 4);
        seed();
        final IndexOutOfBoundsException e =
            assertThrows(IndexOutOfBoundsException.class, () -> small.publish(4, "x"));
        assertMentions(e, "4", "[0, 4)");
        assertThrows(IndexOutOfBoundsException.class, () -> small.merge(4, "x", String::concat));
        assertUntouchedAndUsable();
    }

    @Test
    void takeEachOfABatchWithAnOutOfRangeTokenIsRejected() {
        final Events events = Events.withCapacity(1);
        events.append(CAPACITY);
        seed();
        final IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class,
            () -> values.takeEach(events, (token, value) -> {
                throw new AssertionError("called for " + token);
            }));
        assertMentions(e, Integer.toString(CAPACITY), "[0, " + CAPACITY + ")");
        assertUntouchedAndUsable();
    }

    @Test
    void nullValuesAreRejected() {
        seed();
        assertThrows(NullPointerException.class, () -> values.publish(3, null));
        assertThrows(NullPointerException.class, () -> values.publish(7, null));
        assertThrows(NullPointerException.class,
            () -> values.merge(3, null, LatestValuesTest::neverCalled));
        assertThrows(NullPointerException.class,
            () -> values.merge(7, null, LatestValuesTest::neverCalled));
        assertUntouchedAndUsable();
    }

    @Test
    void aNullMergerIsRejectedEvenForAnEmptySlot() {
        seed();
        assertThrows(NullPointerException.class, () -> values.merge(3, "x", null));
        assertThrows(NullPointerException.class, () -> values.merge(7, "x", null));
        assertUntouchedAndUsable();
    }

    @Test
    void aMergerThatReturnsNullIsRejected() {
        seed();
        final NullPointerException e = assertThrows(NullPointerException.class,
            () -> values.merge(5, "x", (unread, value) -> null));
        assertMentions(e, "merger");
        assertThrows(NullPointerException.class,
            () -> values.merge(3, "x", (unread, value) -> null));
        assertUntouchedAndUsable();
    }

    @Test
    void aMergerThatThrowsChangesNothing() {
        seed();
        final IllegalStateException thrown = new IllegalStateException("merger failed");
        final BinaryOperator<String> failing = (unread, value) -> {
            throw thrown;
        };
        assertSame(thrown, assertThrows(IllegalStateException.class,
            () -> values.merge(5, "x", failing)), "the merger's exception passes through");
        assertSame(thrown, assertThrows(IllegalStateException.class,
            () -> values.merge(3, "x", failing)));
        assertUntouchedAndUsable();
    }

    @Test
    void takeEachRejectsNullsBeforeTakingAnything() {
        seed();
        final Events events = Events.withCapacity(2);
        events.append(3);
        events.append(5);
        assertThrows(NullPointerException.class, () -> values.takeEach(events, null));
        assertThrows(NullPointerException.class, () -> values.takeEach(null, (t, v) -> { }));
        assertUntouchedAndUsable();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, CAPACITY + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aCapacityOutsideTheNotifiersIsRejected(int bad) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> LatestValues.over(queue.notifier(), bad));
        assertMentions(e, Integer.toString(bad), "[1, " + CAPACITY + "]");
        assertArrayEquals(new int[0], pollAll(), "a rejected creation notifies nothing");
    }

    @Test
    void theNotifiersWholeCapacityIsAccepted() {
        final LatestValues<String> whole = LatestValues.over(queue.notifier(), CAPACITY);
        assertTrue(whole.publish(CAPACITY - 1, "x"));
        assertEquals("x", whole.take(CAPACITY - 1));
    }

    @Test
    void aNullNotifierIsRejected() {
        assertThrows(NullPointerException.class, () -> LatestValues.over(null, 1));
    }
}
