package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.value.LatestLongs;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conformance of {@link LatestLongs} over a backend: extend it and implement
 * {@link #newQueue(int)} as for {@link EventQueueConformance}, for example
 * {@code return EventQueue.create(capacity, "my-backend");}. Needs
 * {@code io.nexus.notify:notify-value} on the test class path (notify-tests declares it
 * optional), and {@code notify-channel} for the test over a channel, which is skipped without
 * it.
 *
 * <ul>
 *   <li>Semantics: each fixed-arity {@code publish} and the array one write their fields and
 *       return what the notify returned; a read after the delivery returns the last write's
 *       fields and a version that counts every write, conflated ones included; a spurious
 *       event reads the same version again.</li>
 *   <li>Bad input: a token out of range, a publish of the wrong arity, a null array, a read
 *       into too short an array, a width out of {@code [1, 64]}, a capacity above the
 *       notifier's: the exception, and nothing changed (every tuple and version as it was, no
 *       token newly pending, no write lock left held).</li>
 *   <li>Concurrency: producers write whole tuples into shared tokens while the consumer
 *       polls with random limits and reads; no tuple is torn, no version goes backwards, and
 *       after the drain each token's version is the number of writes and its tuple the last
 *       write of one producer. The same over a channel built on the backend's queue, the
 *       consumer blocking in {@code recv} with a timeout.</li>
 * </ul>
 */
public abstract class LatestLongsConformance extends ConformanceSupport {

    private static final int CAPACITY = 16;
    private static final int WIDTH = 4;

    /** Bounds the consumer of a concurrent test, far above what it needs. */
    private static final Duration HANG_BOUND = Duration.ofSeconds(60);

    /** Creates the group; subclasses supply {@link #newQueue(int)}. */
    protected LatestLongsConformance() {
    }

    /** Reads a token's tuple, checking that the version agrees with {@code version()}. */
    private static long[] read(LatestLongs longs, int token, long expectedVersion) {
        final long[] into = new long[longs.width()];
        assertEquals(expectedVersion, longs.read(token, into), "version of token " + token);
        assertEquals(expectedVersion, longs.version(token), "version() of token " + token);
        return into;
    }

    /** The state bad input must leave alone: 3 written twice and pending, 5 written once. */
    private static LatestLongs seeded(EventQueue q) {
        final LatestLongs ticks = LatestLongs.over(q.notifier(), CAPACITY, WIDTH);
        assertTrue(ticks.publish(5, 50, 51, 52, 53));
        assertArrayEquals(new int[] {5}, pollAll(q.poller()));
        assertTrue(ticks.publish(3, 1, 2, 3, 4));
        assertFalse(ticks.publish(3, 30, 31, 32, 33));
        return ticks;
    }

    /** Asserts the state {@link #seeded} made, unchanged, then that the tuples work. */
    private static void assertUntouchedAndUsable(EventQueue q, LatestLongs ticks) {
        for (int t = 0; t < CAPACITY; t++) {
            final long[] expected = t == 3 ? new long[] {30, 31, 32, 33}
                : t == 5 ? new long[] {50, 51, 52, 53} : new long[WIDTH];
            assertArrayEquals(expected, read(ticks, t, t == 3 ? 2 : t == 5 ? 1 : 0),
                "fields of token " + t);
        }
        assertArrayEquals(new int[] {3}, pollAll(q.poller()), "only token 3 may be pending");
        assertTrue(ticks.publish(5, new long[] {5, 5, 5, 5}));
        assertTrue(ticks.publish(CAPACITY - 1, 9, 8, 7, 6));
        assertArrayEquals(new int[] {5, CAPACITY - 1}, pollAll(q.poller()));
        assertArrayEquals(new long[] {5, 5, 5, 5}, read(ticks, 5, 2));
        assertArrayEquals(new long[] {9, 8, 7, 6}, read(ticks, CAPACITY - 1, 1));
    }

    private static void assertMentions(Throwable e, String... parts) {
        final String message = e.getMessage();
        for (String part : parts) {
            assertTrue(message != null && message.contains(part),
                () -> "message '" + message + "' should mention '" + part + "'");
        }
    }

    @Test
    void everyPublishWritesItsFieldsAndReturnsWhatNotifyReturned() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestLongs one = LatestLongs.over(q.notifier(), CAPACITY, 1);
        final LatestLongs two = LatestLongs.over(q.notifier(), CAPACITY, 2);
        final LatestLongs three = LatestLongs.over(q.notifier(), CAPACITY, 3);
        final LatestLongs four = LatestLongs.over(q.notifier(), CAPACITY, 4);
        final LatestLongs wide = LatestLongs.over(q.notifier(), CAPACITY, LatestLongs.MAX_WIDTH);
        final long[] many = new long[LatestLongs.MAX_WIDTH];
        Arrays.setAll(many, i -> 100 + i);
        assertTrue(one.publish(1, 11));
        assertTrue(two.publish(2, 21, 22));
        assertTrue(three.publish(3, 31, 32, 33));
        assertTrue(four.publish(4, 41, 42, 43, 44));
        assertTrue(wide.publish(5, many));
        assertFalse(four.publish(1, new long[] {1, 2, 3, 4}), "token 1 is pending: conflated");
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, pollAll(q.poller()));
        assertArrayEquals(new long[] {11}, read(one, 1, 1));
        assertArrayEquals(new long[] {21, 22}, read(two, 2, 1));
        assertArrayEquals(new long[] {31, 32, 33}, read(three, 3, 1));
        assertArrayEquals(new long[] {41, 42, 43, 44}, read(four, 4, 1));
        assertArrayEquals(many, read(wide, 5, 1));
        assertArrayEquals(new long[] {1, 2, 3, 4}, read(four, 1, 1));
    }

    @Test
    void theVersionCountsConflatedWritesAndTheFieldsAreTheLastWrites() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestLongs ticks = LatestLongs.over(q.notifier(), CAPACITY, WIDTH);
        assertArrayEquals(new long[WIDTH], read(ticks, 6, 0), "never written: zeros, version 0");
        assertTrue(ticks.publish(6, 1, 10, 100, 1000));
        assertFalse(ticks.publish(6, 2, 20, 200, 2000));
        assertFalse(ticks.publish(6, 3, 30, 300, 3000));
        assertArrayEquals(new int[] {6}, pollAll(q.poller()), "three writes, one delivery");
        assertArrayEquals(new long[] {3, 30, 300, 3000}, read(ticks, 6, 3));
        assertTrue(ticks.publish(6, 4, 40, 400, 4000), "the poll re-armed the token");
        assertArrayEquals(new int[] {6}, pollAll(q.poller()));
        assertArrayEquals(new long[] {4, 40, 400, 4000}, read(ticks, 6, 4));
    }

    @Test
    void aSpuriousEventReadsTheSameVersionAgain() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestLongs ticks = LatestLongs.over(q.notifier(), CAPACITY, WIDTH);
        ticks.publish(2, 7, 7, 7, 7);
        assertArrayEquals(new int[] {2}, pollAll(q.poller()));
        assertArrayEquals(new long[] {7, 7, 7, 7}, read(ticks, 2, 1));
        notifyNew(q.notifier(), 2);
        assertArrayEquals(new int[] {2}, pollAll(q.poller()));
        assertArrayEquals(new long[] {7, 7, 7, 7}, read(ticks, 2, 1));
    }

    @Test
    void budgetedPollsDeliverEachWrittenTokenOnceInOrder() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestLongs ticks = LatestLongs.over(q.notifier(), CAPACITY, WIDTH);
        final int[] order = permutation(CAPACITY, 13);
        for (int t : order) {
            assertTrue(ticks.publish(t, t, t + 1, t + 2, t + 3));
            assertFalse(ticks.publish(t, t, -t, t, -t));
        }
        assertArrayEquals(Arrays.copyOf(order, 5), poll(q.poller(), 5));
        assertArrayEquals(Arrays.copyOfRange(order, 5, CAPACITY), pollAll(q.poller()));
        for (int t = 0; t < CAPACITY; t++) {
            assertArrayEquals(new long[] {t, -t, t, -t}, read(ticks, t, 2));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, CAPACITY, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void anOutOfRangeTokenIsRejectedAndChangesNothing(int bad) {
        final EventQueue q = newQueue(CAPACITY);
        final LatestLongs one = LatestLongs.over(q.notifier(), CAPACITY, 1);
        final LatestLongs two = LatestLongs.over(q.notifier(), CAPACITY, 2);
        final LatestLongs three = LatestLongs.over(q.notifier(), CAPACITY, 3);
        final LatestLongs ticks = seeded(q);
        final List<Executable> calls = List.of(
            () -> one.publish(bad, 1),
            () -> two.publish(bad, 1, 2),
            () -> three.publish(bad, 1, 2, 3),
            () -> ticks.publish(bad, 1, 2, 3, 4),
            () -> ticks.publish(bad, new long[WIDTH]),
            () -> ticks.read(bad, new long[WIDTH]),
            () -> ticks.version(bad));
        for (Executable call : calls) {
            assertMentions(assertThrows(IndexOutOfBoundsException.class, call),
                Integer.toString(bad), "[0, " + CAPACITY + ")");
        }
        assertUntouchedAndUsable(q, ticks);
    }

    @Test
    void aPublishOfTheWrongArityIsRejectedAndChangesNothing() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestLongs ticks = seeded(q);
        final List<Executable> calls = List.of(
            () -> ticks.publish(3, 9),
            () -> ticks.publish(3, 9, 9),
            () -> ticks.publish(3, 9, 9, 9),
            () -> ticks.publish(7, 9, 9, 9),
            () -> ticks.publish(3, new long[WIDTH - 1]),
            () -> ticks.publish(7, new long[WIDTH + 1]),
            () -> ticks.publish(3, new long[0]));
        for (Executable call : calls) {
            assertMentions(assertThrows(IllegalArgumentException.class, call),
                Integer.toString(WIDTH));
        }
        assertUntouchedAndUsable(q, ticks);
    }

    @Test
    void nullArraysAndShortReadsAreRejectedAndChangeNothing() {
        final EventQueue q = newQueue(CAPACITY);
        final LatestLongs ticks = seeded(q);
        assertThrows(NullPointerException.class, () -> ticks.publish(3, (long[]) null));
        assertThrows(NullPointerException.class, () -> ticks.publish(7, (long[]) null));
        assertThrows(NullPointerException.class, () -> ticks.read(3, null));
        final long[] shorter = {-1, -1, -1};
        assertMentions(assertThrows(IllegalArgumentException.class,
            () -> ticks.read(3, shorter)), "3", Integer.toString(WIDTH));
        assertArrayEquals(new long[] {-1, -1, -1}, shorter, "a rejected read writes nothing");
        assertUntouchedAndUsable(q, ticks);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, LatestLongs.MAX_WIDTH + 1, Integer.MAX_VALUE})
    void aWidthOutOfRangeIsRejected(int bad) {
        final EventQueue q = newQueue(CAPACITY);
        assertMentions(assertThrows(IllegalArgumentException.class,
            () -> LatestLongs.over(q.notifier(), CAPACITY, bad)),
            Integer.toString(bad), "[1, " + LatestLongs.MAX_WIDTH + "]");
        assertTrue(q.poller().isEmpty());
    }

    @Test
    void aCapacityAboveTheNotifiersIsRejected() {
        final EventQueue q = newQueue(CAPACITY);
        assertMentions(assertThrows(IllegalArgumentException.class,
            () -> LatestLongs.over(q.notifier(), CAPACITY + 1, WIDTH)),
            Integer.toString(CAPACITY + 1), "[1, " + CAPACITY + "]");
        assertTrue(q.poller().isEmpty());
        assertEquals(CAPACITY, LatestLongs.over(q.notifier(), CAPACITY, WIDTH).capacity());
    }

    /**
     * Three producers write whole tuples ({@link ValueTicks}) into four shared tokens, so
     * several writers contend for each token's lock, while the consumer polls with random
     * limits and reads each token delivered ({@link ValueTickReader}: no torn tuple, no
     * version going backwards). After the producers are done and the queue is drained, the
     * consumer's last read of each token has the version that counts every write to it and
     * the last write of one of the producers.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void sharedWritersNeverTearATupleAndTheLastWriteIsRead() throws InterruptedException {
        final int producers = 3;
        final int capacity = 4;
        final int writes = 30_000;
        final EventQueue q = newQueue(capacity);
        final LatestLongs ticks = LatestLongs.over(q.notifier(), capacity, ValueTicks.WIDTH);
        final long[][] writesTo = new long[producers][capacity];
        final long[][] lastWrite = new long[producers][capacity];
        final ProducerCrew crew = new ProducerCrew(producers, p -> {
            final Random random = new Random(500 + p);
            for (int i = 1; i <= writes; i++) {
                final int t = random.nextInt(capacity);
                ValueTicks.publish(ticks, t, ValueTicks.stamp(p, i));
                writesTo[p][t]++;
                lastWrite[p][t] = i;
            }
        });
        final ValueTickReader reader = new ValueTickReader(ticks, producers);
        final Events events = Events.withCapacity(0);
        final Random random = new Random(9);
        crew.release();
        // A read waits while a write holds the token's lock: a lock left held must fail the
        // test, not hang it.
        assertTimeoutPreemptively(HANG_BOUND, () -> {
            while (true) {
                final boolean finished = crew.finished();
                final int n = q.poller().poll(events,
                    finished || random.nextInt(4) == 0 ? Integer.MAX_VALUE : random.nextInt(3));
                events.forEach(reader::read);
                if (finished && n == 0) {
                    break;
                }
                if (n == 0) {
                    Thread.yield();
                }
            }
        });
        crew.join();
        for (int t = 0; t < capacity; t++) {
            long total = 0;
            for (int p = 0; p < producers; p++) {
                total += writesTo[p][t];
            }
            assertEquals(total, reader.version(t), "token " + t + ": the last version read");
            final long stamp = reader.stamp(t);
            assertEquals(lastWrite[ValueTicks.producer(stamp)][t], ValueTicks.sequence(stamp),
                "token " + t + ": the last tuple read is not its producer's last write");
        }
    }

    /**
     * The tuples over a channel built on the backend's queue: producers write through the
     * sender, the consumer blocks in {@code recv} with a timeout and reads; no tuple is torn
     * and the consumer's final view is every token's last write. A publish after
     * {@code close()} throws and its write counts. Skipped without notify-channel on the class
     * path.
     *
     * @throws InterruptedException if interrupted
     */
    @Test
    void overAChannelNoTupleIsTornAndTheLastWriteIsRead() throws InterruptedException {
        assumeTrue(LatestValuesConformance.channelOnClassPath(),
            "needs notify-channel on the class path");
        ValueChannelRounds.latestLongs(newQueue(8));
    }

    @Test
    void aWriteCutShortByAStackOverflowWedgesNothingAndIsNeverReadWhole() throws Exception {
        final EventQueue q = newQueue(CAPACITY);
        final int width = 8;
        final LatestLongs longs = LatestLongs.over(q.notifier(), CAPACITY, width);
        // Each write stores its depth in every field, so a half-written tuple shows as a mix.
        final DeepStackCaller producer = DeepStackCaller.run(16, depth -> {
            final long[] tuple = new long[width];
            Arrays.fill(tuple, depth);
            longs.publish(depth % CAPACITY, tuple);
        });
        assertTrue(producer.overflows() > 0 && producer.completed() > 0,
            "the calls overflowed at some depths and completed at others");

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            final long[] into = new long[width];
            for (int t = 0; t < CAPACITY; t++) {
                try {
                    longs.read(t, into);
                    for (int i = 1; i < width; i++) {
                        assertEquals(into[0], into[i], "token " + t + ": one write's fields");
                    }
                } catch (IllegalStateException halfWritten) {
                    assertTrue(halfWritten.getMessage().contains("half-written"),
                        halfWritten.getMessage());
                }
                final long[] whole = new long[width];
                Arrays.fill(whole, -t);
                longs.publish(t, whole);
                longs.read(t, into);
                assertArrayEquals(whole, into, "token " + t + " is written and read again");
            }
        }, "a token stayed locked after a write was cut short");
    }
}
