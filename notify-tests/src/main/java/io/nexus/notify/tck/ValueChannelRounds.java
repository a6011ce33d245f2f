package io.nexus.notify.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.value.LatestLongs;
import io.nexus.notify.value.LatestValues;
import io.nexus.notify.value.TokenValueConsumer;
import java.time.Duration;
import java.util.Arrays;

/**
 * The value types over a channel built on a backend's queue: producers publish through the
 * channel's sender while the consumer blocks in {@code recv} with a short timeout, until the
 * producers are done; then it drains, and its final view must be the last value published for
 * every token. Kept apart from the conformance classes so that they load without
 * notify-channel on the class path.
 */
final class ValueChannelRounds {

    private static final int PRODUCERS = 3;
    private static final int ROUNDS = 2_000;

    /** The consumer's wait in {@code recv} while the producers run; a timeout is no failure. */
    private static final Duration WAIT = Duration.ofMillis(10);

    /** Bounds the receives after {@code close()}, so a broken channel fails rather than hangs. */
    private static final Duration LONG = Duration.ofSeconds(10);

    /** Bounds the consumer of {@link #latestLongs}, far above what it needs. */
    private static final Duration HANG_BOUND = Duration.ofSeconds(60);

    private ValueChannelRounds() {
    }

    /**
     * Producer {@code p} publishes {@code {t, 1}}, then {@code {t, 2}}, ... up to
     * {@value #ROUNDS} on each token {@code t} it owns ({@code t % 3 == p}); the consumer
     * takes. Every value taken is its token's and newer than the one taken before; the last
     * taken is {@value #ROUNDS} for every token. After {@code close()} a publish throws
     * {@link IllegalStateException} and its value stays in the slot.
     *
     * @param queue a new, empty queue of the backend under test
     * @throws InterruptedException if interrupted
     */
    static void latestValues(EventQueue queue) throws InterruptedException {
        final int capacity = queue.capacity();
        final EventChannel channel = EventChannel.over(queue);
        final LatestValues<long[]> values = LatestValues.over(channel.sender(), capacity);
        final ProducerCrew crew = new ProducerCrew(PRODUCERS, p -> {
            for (long sequence = 1; sequence <= ROUNDS; sequence++) {
                for (int t = p; t < capacity; t += PRODUCERS) {
                    values.publish(t, new long[] {t, sequence});
                }
            }
        });
        final long[] taken = new long[capacity];
        final TokenValueConsumer<long[]> check = (token, value) -> {
            assertEquals(token, value[0], "a value taken from another token's slot");
            assertTrue(value[1] > taken[token], () -> "token " + token + ": took " + value[1]
                + " after " + taken[token]);
            taken[token] = value[1];
        };
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(0);
        crew.release();
        while (!crew.finished()) {
            assertTrue(receiver.recv(events, WAIT) >= 0, "CLOSED from an open channel");
            values.takeEach(events, check);
        }
        while (receiver.tryRecv(events) > 0) {
            values.takeEach(events, check);
        }
        crew.join();
        final long[] expected = new long[capacity];
        Arrays.fill(expected, ROUNDS);
        assertArrayEquals(expected, taken, "the last value taken must be the last published");

        channel.close();
        final long[] late = {0, ROUNDS + 1};
        assertThrows(IllegalStateException.class, () -> values.publish(0, late));
        assertSame(late, values.peek(0), "a publish that throws on close keeps its value");
        assertClosedAfterAtMostOneEvent(receiver, events);
    }

    /**
     * Each of three producers writes {@value #ROUNDS} rounds of tuples to every token
     * ({@link ValueTicks}); the consumer reads each token it receives. No tuple is torn; a
     * token's version never goes backwards, and an unchanged version reads the same tuple;
     * after the drain every token's version is the number of writes and its tuple is the
     * last write of one producer. After {@code close()} a publish throws
     * {@link IllegalStateException} and its write counts.
     *
     * @param queue a new, empty queue of the backend under test
     * @throws InterruptedException if interrupted
     */
    static void latestLongs(EventQueue queue) throws InterruptedException {
        final int capacity = queue.capacity();
        final EventChannel channel = EventChannel.over(queue);
        final LatestLongs ticks = LatestLongs.over(channel.sender(), capacity, ValueTicks.WIDTH);
        final ProducerCrew crew = new ProducerCrew(PRODUCERS, p -> {
            for (long sequence = 1; sequence <= ROUNDS; sequence++) {
                for (int t = 0; t < capacity; t++) {
                    ValueTicks.publish(ticks, t, ValueTicks.stamp(p, sequence));
                }
            }
        });
        final ValueTickReader reader = new ValueTickReader(ticks, PRODUCERS);
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(0);
        crew.release();
        // A read waits while a write holds the token's lock: a lock left held must fail the
        // test, not hang it.
        assertTimeoutPreemptively(HANG_BOUND, () -> {
            while (!crew.finished()) {
                assertTrue(receiver.recv(events, WAIT) >= 0, "CLOSED from an open channel");
                events.forEach(reader::read);
            }
            while (receiver.tryRecv(events) > 0) {
                events.forEach(reader::read);
            }
        });
        crew.join();
        for (int t = 0; t < capacity; t++) {
            assertEquals((long) PRODUCERS * ROUNDS, reader.version(t),
                "token " + t + ": the version the consumer saw last");
            assertEquals(ROUNDS, ValueTicks.sequence(reader.stamp(t)),
                "token " + t + ": the consumer's last tuple is not a producer's last write");
        }

        channel.close();
        assertThrows(IllegalStateException.class,
            () -> ValueTicks.publish(ticks, 0, ValueTicks.stamp(0, ROUNDS + 1)));
        assertEquals((long) PRODUCERS * ROUNDS + 1, ticks.version(0),
            "a publish that throws on close has written its tuple");
        assertClosedAfterAtMostOneEvent(receiver, events);
    }

    /**
     * Asserts that a closed channel's receiver returns {@link Receiver#CLOSED}, after at most
     * the one spurious event a notify that lost the race with {@code close()} may leave.
     */
    private static void assertClosedAfterAtMostOneEvent(Receiver receiver, Events events)
            throws InterruptedException {
        final int first = receiver.recv(events, LONG);
        if (first != Receiver.CLOSED) {
            assertTrue(first <= 1, () -> first + " events after close, at most 1 expected");
            assertEquals(Receiver.CLOSED, receiver.recv(events, LONG));
        }
    }
}
