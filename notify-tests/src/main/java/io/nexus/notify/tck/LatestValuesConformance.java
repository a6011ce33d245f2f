package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.value.LatestValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conformance of {@link LatestValues} over a backend: extend it and implement
 * {@link #newQueue(int)} as for {@link EventQueueConformance}, for example
 * {@code return EventQueue.create(capacity, "my-backend");}. Needs
 * {@code io.nexus.notify:notify-value} on the test class path (notify-tests declares it
 * optional), and {@code notify-channel} for the test over a channel, which is skipped without
 * it.
 *
 * <ul>
 *   <li>Semantics: {@code publish} stores then notifies and returns what the notify returned;
 *       a take returns the latest value and clears it, so a spurious event reads {@code null};
 *       {@code takeEach} hands over a batch in delivery order, skipping taken values;
 *       {@code merge} folds into the unread value and starts afresh after a take.</li>
 *   <li>Bad input: a token out of range, a null value or merger, a merger that returns null
 *       or throws, a capacity above the notifier's: the exception, and nothing changed (every
 *       slot as it was, no token newly pending).</li>
 *   <li>Concurrency: producers publish on their own tokens while the consumer polls with
 *       random limits and takes; every value taken is the token's own and newer than the one
 *       before, and the consumer's final view is the last value published for every token.
 *       Producers merge into shared tokens; the sums taken add up to every contribution. The
 *       same over a channel built on the backend's queue, the consumer blocking in
 *       {@code recv} with a timeout.</li>
 * </ul>
 */
public abstract class LatestValuesConformance extends ConformanceSupport {

    private static final int CAPACITY = 16;

    /** Creates the group; subclasses supply {@link #newQueue(int)}. */
    protected LatestValuesConformance() {
    }

    /** The state bad input must leave alone: 3 holds "a" and is pending, 5 holds "b". */
    private static LatestValues<String> seeded(EventQueue q) {
        final LatestValues<String> values = LatestValues.over(q.notifier(), CAPACITY);
        assertTrue(values.publish(5, "b"));
        assertArrayEquals(new int[] {5}, pollAll(q.poller()));
        assertTrue(values.publish(3, "a"));
        return values;
    }

    /** Asserts the state {@link #seeded} made, unchanged, then that the slots work. */
    private static void assertUntouchedAndUsable(EventQueue q, LatestValues<String> values) {
        for (int t = 0; t < CAPACITY; t++) {
            assertEquals(t == 3 ? "a" : t == 5 ? "b" : null, values.peek(t), "slot " + t);
        }
        assertArrayEquals(new int[] {3}, pollAll(q.poller()), "only token 3 may be pending");
        assertEquals("a", values.take(3));
        assertEquals("b", values.take(5));
        assertTrue(values.publish(CAPACITY - 1, "z"));
        assertArrayEquals(new int[] {CAPACITY - 1}, pollAll(q.poller()));
        assertEquals("z", values.take(CAPACITY - 1));
    }

    /** A merger that must not be called. */
    private static String neverCalled(String unread, String value) {
        throw new AssertionError("the merger was called with " + unread + ", " + value);
    }

    @Test
    void publishConflatesAndTakeReturnsTheLatestThenNull() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestValues<String> values = LatestValues.over(q.notifier(), CAPACITY);
        assertTrue(values.publish(3, "a"), "an idle token becomes pending");
        assertFalse(values.publish(3, "b"), "a pending token conflates");
        assertArrayEquals(new int[] {3}, pollAll(q.poller()));
        assertEquals("b", values.take(3));
        assertNull(values.take(3), "a take after a take");
        assertTrue(values.publish(3, "c"), "the poll re-armed the token");
        assertArrayEquals(new int[] {3}, pollAll(q.poller()));
        assertEquals("c", values.peek(3), "peek does not clear");
        assertEquals("c", values.take(3));
    }

    @Test
    void aSpuriousEventReadsNull() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestValues<String> values = LatestValues.over(q.notifier(), CAPACITY);
        values.publish(2, "x");
        assertArrayEquals(new int[] {2}, pollAll(q.poller()));
        assertEquals("x", values.take(2));
        notifyNew(q.notifier(), 2);
        assertArrayEquals(new int[] {2}, pollAll(q.poller()));
        assertNull(values.take(2));
    }

    @Test
    void takeEachHandsOverABudgetedBatchInDeliveryOrder() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestValues<String> values = LatestValues.over(q.notifier(), CAPACITY);
        final int[] order = permutation(CAPACITY, 11);
        for (int t : order) {
            assertTrue(values.publish(t, "v" + t));
        }
        final Events events = Events.withCapacity(0);
        assertEquals(6, q.poller().poll(events, 6));
        assertEquals("v" + order[2], values.take(order[2]), "taken before takeEach: skipped");
        final List<String> handed = new ArrayList<>();
        assertEquals(5, values.takeEach(events, (int token, String value) ->
            handed.add(token + "=" + value)));
        final List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            if (i != 2) {
                expected.add(order[i] + "=v" + order[i]);
            }
        }
        assertEquals(expected, handed);
        assertEquals(CAPACITY - 6, q.poller().poll(events), "the rest stays queued");
        assertEquals(CAPACITY - 6, values.takeEach(events, (token, value) -> { }));
        for (int t = 0; t < CAPACITY; t++) {
            assertNull(values.peek(t));
        }
    }

    @Test
    void anActionThatThrowsLeavesWhatItDidNotHandOverToALaterPoll() {
        final int published = 100;
        final EventQueue q = newQueue(published);
        final LatestValues<String> values = LatestValues.over(q.notifier(), published);
        for (int t = 0; t < published; t++) {
            assertTrue(values.publish(t, "v" + t));
        }
        final Events events = Events.withCapacity(0);
        assertEquals(published, q.poller().poll(events));
        final List<Integer> handed = new ArrayList<>();
        final IllegalStateException failure = new IllegalStateException("action failed");
        assertSame(failure, assertThrows(IllegalStateException.class,
            () -> values.takeEach(events, (int token, String value) -> {
                handed.add(token);
                if (handed.size() == 11) {
                    throw failure;
                }
            })), "the action's own exception");
        assertEquals(11, handed.size());
        assertNull(values.peek(10), "the value whose action threw was handed over");

        final List<Integer> later = new ArrayList<>();
        assertEquals(published - 11, q.poller().poll(events), "the rest is pending again");
        assertEquals(published - 11, values.takeEach(events, (int token, String value) -> {
            assertEquals("v" + token, value);
            later.add(token);
        }));
        for (int t = 11; t < published; t++) {
            assertTrue(later.contains(t), "token " + t + " delivered by the later poll");
        }
        assertTrue(q.poller().isEmpty());
    }

    @Test
    void aBatchWithAnOutOfRangeTokenLeavesTheTokensAfterItToALaterPoll() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestValues<String> values = LatestValues.over(q.notifier(), CAPACITY / 2);
        assertTrue(values.publish(1, "a"));
        notifyNew(q.notifier(), CAPACITY - 1);
        assertTrue(values.publish(2, "b"));
        final Events events = Events.withCapacity(0);
        assertEquals(3, q.poller().poll(events));
        final List<String> handed = new ArrayList<>();
        assertThrows(IndexOutOfBoundsException.class,
            () -> values.takeEach(events, (int token, String value) -> handed.add(value)));
        assertEquals(List.of("a"), handed);
        assertArrayEquals(new int[] {2}, pollAll(q.poller()), "token 2 is pending again");
        assertEquals("b", values.take(2));
    }

    @Test
    void mergeFoldsUnreadValuesAndStartsAfreshAfterATake() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestValues<Long> volumes = LatestValues.over(q.notifier(), CAPACITY);
        assertTrue(volumes.merge(6, 5L, Long::sum));
        assertFalse(volumes.merge(6, 7L, Long::sum));
        assertFalse(volumes.merge(6, 30L, Long::sum));
        assertArrayEquals(new int[] {6}, pollAll(q.poller()));
        assertEquals(42L, volumes.take(6));
        assertTrue(volumes.merge(6, 3L, Long::sum));
        assertArrayEquals(new int[] {6}, pollAll(q.poller()));
        assertEquals(3L, volumes.take(6));
        final LatestValues<String> text = LatestValues.over(q.notifier(), CAPACITY);
        text.merge(1, "a", LatestValuesConformance::neverCalled);
        text.merge(1, "b", String::concat);
        assertEquals("ab", text.take(1), "the merger gets the unread value first");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, CAPACITY, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void anOutOfRangeTokenIsRejectedAndChangesNothing(int bad) {
        final EventQueue q = newQueue(CAPACITY);
        final LatestValues<String> values = seeded(q);
        final List<Executable> calls = List.of(
            () -> values.publish(bad, "x"),
            () -> values.merge(bad, "x", LatestValuesConformance::neverCalled),
            () -> values.take(bad),
            () -> values.peek(bad));
        for (Executable call : calls) {
            final String message = assertThrows(IndexOutOfBoundsException.class, call)
                .getMessage();
            assertTrue(message.contains(Integer.toString(bad))
                && message.contains("[0, " + CAPACITY + ")"), message);
        }
        assertUntouchedAndUsable(q, values);
    }

    @Test
    void nullValuesAndMergersAreRejectedAndChangeNothing() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestValues<String> values = seeded(q);
        for (int t : new int[] {3, 5, 7}) {
            assertThrows(NullPointerException.class, () -> values.publish(t, null));
            assertThrows(NullPointerException.class,
                () -> values.merge(t, null, LatestValuesConformance::neverCalled));
            assertThrows(NullPointerException.class, () -> values.merge(t, "x", null));
        }
        assertUntouchedAndUsable(q, values);
    }

    @Test
    void aMergerThatReturnsNullOrThrowsChangesNothing() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestValues<String> values = seeded(q);
        final IllegalStateException thrown = new IllegalStateException("merger failed");
        final BinaryOperator<String> failing = (unread, value) -> {
            throw thrown;
        };
        for (int t : new int[] {3, 5}) {
            assertThrows(NullPointerException.class,
                () -> values.merge(t, "x", (unread, value) -> null));
            assertSame(thrown, assertThrows(IllegalStateException.class,
                () -> values.merge(t, "x", failing)));
        }
        assertUntouchedAndUsable(q, values);
    }

    @Test
    void aCapacityAboveTheNotifiersIsRejected() {
        final EventQueue q = newQueue(CAPACITY);
        final String message = assertThrows(IllegalArgumentException.class,
            () -> LatestValues.over(q.notifier(), CAPACITY + 1)).getMessage();
        assertTrue(message.contains(Integer.toString(CAPACITY + 1))
            && message.contains("[1, " + CAPACITY + "]"), message);
        assertTrue(q.poller().isEmpty());
        assertEquals(CAPACITY, LatestValues.over(q.notifier(), CAPACITY).capacity());
    }

    /**
     * Three producers each publish increasing sequence numbers on tokens of their own, while
     * the consumer polls with random limits and takes. Every value taken names its token and
     * is newer than the last one taken for it; once the producers are done and the queue is
     * drained, the last value taken for each token is the last one published.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void producersPublishWhileTheConsumerTakesAndTheLastValueWins()
            throws InterruptedException {
        final int producers = 3;
        final int capacity = producers * 16;
        final int publishes = 30_000;
        final EventQueue q = newQueue(capacity);
        final LatestValues<long[]> values = LatestValues.over(q.notifier(), capacity);
        final long[] published = new long[capacity];
        final ProducerCrew crew = new ProducerCrew(producers, p -> {
            final Random random = new Random(300 + p);
            for (int i = 0; i < publishes; i++) {
                final int t = p + producers * random.nextInt(capacity / producers);
                // Plain writes: the publish must make them visible with the reference.
                final long[] value = {t, ++published[t]};
                values.publish(t, value);
            }
        });
        final long[] taken = new long[capacity];
        final Events events = Events.withCapacity(0);
        final Random random = new Random(7);
        crew.release();
        while (true) {
            final boolean finished = crew.finished();
            final int n = q.poller().poll(events,
                finished || random.nextInt(8) == 0 ? Integer.MAX_VALUE : random.nextInt(40));
            values.takeEach(events, (token, value) -> {
                assertEquals(token, value[0], "a value taken from another token's slot");
                assertTrue(value[1] > taken[token], () -> "token " + token + ": took "
                    + value[1] + " after " + taken[token]);
                taken[token] = value[1];
            });
            if (finished && n == 0) {
                break;
            }
            if (n == 0) {
                Thread.yield();
            }
        }
        crew.join();
        assertArrayEquals(published, taken, "the last value taken must be the last published");
        for (int t = 0; t < capacity; t++) {
            assertNull(values.peek(t), "token " + t + " has a value that was never delivered");
        }
    }

    /**
     * Three producers merge contributions into the same few tokens, summing, while the
     * consumer polls and takes. The sums taken for each token add up to every contribution
     * made to it: a merge that loses a race retries instead of dropping its value.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void concurrentMergesLoseNoContribution() throws InterruptedException {
        final int producers = 3;
        final int capacity = 4;
        final int merges = 30_000;
        final EventQueue q = newQueue(capacity);
        final LatestValues<Long> volumes = LatestValues.over(q.notifier(), capacity);
        final long[][] contributed = new long[producers][capacity];
        final ProducerCrew crew = new ProducerCrew(producers, p -> {
            final Random random = new Random(400 + p);
            for (int i = 0; i < merges; i++) {
                final int t = random.nextInt(capacity);
                final long amount = 1 + random.nextInt(100);
                contributed[p][t] += amount;
                volumes.merge(t, amount, Long::sum);
            }
        });
        final long[] received = new long[capacity];
        final Events events = Events.withCapacity(0);
        crew.release();
        while (true) {
            final boolean finished = crew.finished();
            final int n = q.poller().poll(events);
            volumes.takeEach(events, (token, sum) -> received[token] += sum);
            if (finished && n == 0) {
                break;
            }
            if (n == 0) {
                Thread.yield();
            }
        }
        crew.join();
        final long[] expected = new long[capacity];
        for (long[] byToken : contributed) {
            for (int t = 0; t < capacity; t++) {
                expected[t] += byToken[t];
            }
        }
        assertArrayEquals(expected, received, "contributions lost by merge");
    }

    /**
     * The slots over a channel built on the backend's queue: producers publish through the
     * sender, the consumer blocks in {@code recv} with a timeout and takes, and its final view
     * is the last value published for every token; a publish after {@code close()} stores its
     * value and throws. Skipped without notify-channel on the class path.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void overAChannelTheLastValueWinsAndAPublishAfterCloseThrows()
            throws InterruptedException {
        assumeTrue(channelOnClassPath(), "needs notify-channel on the class path");
        ValueChannelRounds.latestValues(newQueue(48));
    }

    /** Tells whether notify-channel is on the class path, without loading any class of it. */
    static boolean channelOnClassPath() {
        try {
            Class.forName("io.nexus.notify.channel.EventChannel", false,
                LatestValuesConformance.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
