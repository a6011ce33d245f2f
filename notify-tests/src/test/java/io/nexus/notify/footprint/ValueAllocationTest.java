package io.nexus.notify.footprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.value.LatestLongs;
import io.nexus.notify.value.LatestValues;
import io.nexus.notify.value.TokenValueConsumer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value types allocate nothing once warm, on every available backend, over a queue and
 * over a channel, counted with the JVM's per-thread allocation counter like
 * {@link AllocationTest}: at least one of {@value #WINDOWS} windows of {@value #ROUNDS} rounds
 * allocates nothing.
 *
 * <ul>
 *   <li>{@link LatestLongs} of width 4: the four-field {@code publish} (no varargs array),
 *       and {@code read} into the consumer's array after a poll.</li>
 *   <li>{@link LatestValues}: {@code publish} of an object that already exists, and
 *       {@code take} after a poll, and {@code takeEach} of a batch (no boxed token).</li>
 * </ul>
 */
class ValueAllocationTest {

    private static final int ROUNDS = 200_000;
    private static final int CAPACITY = 256;
    private static final int WIDTH = 4;

    /**
     * Windows measured: one with no allocation passes. The JVM may now and then allocate on
     * the measured thread for its own purposes, but an allocating publish, read or take
     * allocates in every window.
     */
    private static final int WINDOWS = 3;

    /** Values that exist before the measurement: publishing one allocates nothing. */
    private static final String[] EXISTING = {"bid", "ask", "trade", "halt"};

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void latestLongsPublishAndReadAllocateNothingOnceWarm(String backend) {
        final EventQueue queue = EventQueue.create(CAPACITY, backend);
        final LatestLongs ticks = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);
        final Events events = Events.withCapacity(CAPACITY);
        final long[] tick = new long[WIDTH];
        assertAllocatesNothing(backend + " queue, LatestLongs",
            () -> longsRounds(ticks, queue.poller(), events, tick));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void latestLongsOverAChannelAllocateNothingOnceWarm(String backend) {
        final EventChannel channel = EventChannel.create(CAPACITY, backend);
        final LatestLongs ticks = LatestLongs.over(channel.sender(), CAPACITY, WIDTH);
        final Events events = Events.withCapacity(CAPACITY);
        final long[] tick = new long[WIDTH];
        assertAllocatesNothing(backend + " channel, LatestLongs",
            () -> longsRounds(ticks, channel.receiver(), events, tick));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void latestValuesPublishAndTakeAllocateNothingOnceWarm(String backend) {
        final EventQueue queue = EventQueue.create(CAPACITY, backend);
        final LatestValues<String> values = LatestValues.over(queue.notifier(), CAPACITY);
        final Events events = Events.withCapacity(CAPACITY);
        final Tally tally = new Tally();
        assertAllocatesNothing(backend + " queue, LatestValues",
            () -> valuesRounds(values, queue.poller(), events, tally));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void latestValuesOverAChannelAllocateNothingOnceWarm(String backend) {
        final EventChannel channel = EventChannel.create(CAPACITY, backend);
        final LatestValues<String> values = LatestValues.over(channel.sender(), CAPACITY);
        final Events events = Events.withCapacity(CAPACITY);
        final Tally tally = new Tally();
        assertAllocatesNothing(backend + " channel, LatestValues",
            () -> valuesRounds(values, channel.receiver(), events, tally));
    }

    /**
     * Runs {@value #ROUNDS} rounds once to warm up, then up to {@value #WINDOWS} measured
     * times, and fails unless one measured run allocated nothing on this thread.
     *
     * @param what   names the case in the failure
     * @param rounds runs the rounds and returns a count of their results, the same each time
     */
    private static void assertAllocatesNothing(String what, LongSupplier rounds) {
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported()
            && threads.isThreadAllocatedMemoryEnabled());
        final long expected = rounds.getAsLong();
        final long tid = Thread.currentThread().getId();
        final List<Long> windows = new ArrayList<>();
        for (int window = 0; window < WINDOWS; window++) {
            final long before = threads.getThreadAllocatedBytes(tid);
            final long result = rounds.getAsLong();
            final long allocated = threads.getThreadAllocatedBytes(tid) - before;
            assertEquals(expected, result, what + ": every window does the same work");
            if (allocated == 0) {
                return;
            }
            windows.add(allocated);
        }
        fail(what + ": bytes allocated by each of " + WINDOWS + " windows of " + ROUNDS
            + " rounds: " + windows);
    }

    /**
     * Each round publishes four tuples (one conflated), polls and reads every token delivered.
     *
     * @return the number of reads that returned a write of that round
     */
    private static long longsRounds(LatestLongs ticks, Poller poller, Events events,
                                    long[] tick) {
        long latest = 0;
        for (int round = 0; round < ROUNDS; round++) {
            final int a = round & (CAPACITY - 1);
            final int b = (round * 7 + 3) & (CAPACITY - 1);
            ticks.publish(a, round, round + 1, round + 2, round + 3);
            ticks.publish(a, round, round - 1, round - 2, round - 3);
            ticks.publish(b, round, -round, round, -round);
            ticks.publish((a + 1) & (CAPACITY - 1), round, round, round, round);
            final int n = poller.poll(events);
            for (int i = 0; i < n; i++) {
                final int token = events.index(i);
                if (ticks.read(token, tick) > 0 && tick[0] == round) {
                    latest++;
                }
            }
        }
        return latest;
    }

    /**
     * Each round publishes existing values to three tokens (one conflated), takes every token
     * of one poll by {@code take} and of the next by {@code takeEach}.
     *
     * @return how many values were taken, plus the sum of the tokens {@code takeEach} handed
     *     over
     */
    private static long valuesRounds(LatestValues<String> values, Poller poller, Events events,
                                     Tally tally) {
        long taken = 0;
        tally.tokens = 0;
        for (int round = 0; round < ROUNDS; round++) {
            final int a = round & (CAPACITY - 1);
            final int b = (round * 7 + 3) & (CAPACITY - 1);
            values.publish(a, EXISTING[round & 3]);
            values.publish(a, EXISTING[(round + 1) & 3]);
            values.publish(b, EXISTING[(round + 2) & 3]);
            final int n = poller.poll(events);
            for (int i = 0; i < n; i++) {
                if (values.take(events.index(i)) != null) {
                    taken++;
                }
            }
            values.publish((a + 5) & (CAPACITY - 1), EXISTING[round & 3]);
            poller.poll(events);
            taken += values.takeEach(events, tally);
        }
        return taken + tally.tokens;
    }

    /** The consumer handed to {@code takeEach}: sums the tokens, which it gets unboxed. */
    private static final class Tally implements TokenValueConsumer<String> {
        long tokens;

        @Override
        public void accept(int token, String value) {
            tokens += token;
        }
    }
}
