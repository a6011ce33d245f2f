package io.nexus.notify.aeron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aeron.Aeron;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.value.LatestLongs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link LongsPublisher} to {@link LongsSubscriber} inside one JVM, over IPC and over UDP on
 * loopback, through one embedded driver: delivery, conflation at the sender, bad input, late
 * subscribers, and a publisher that closes or restarts.
 */
class LongsOverAeronTest {

    private static final int CAPACITY = 64;
    private static final int WIDTH = 4;
    private static final AtomicInteger STREAMS = new AtomicInteger(1000);

    private static EmbeddedDriver driver;
    private static Aeron aeron;

    @BeforeAll
    static void launch() {
        driver = TestDrivers.launch();
        aeron = driver.aeron();
    }

    @AfterAll
    static void close() {
        driver.close();
        assertFalse(Files.exists(Path.of(driver.directory())), "driver directory left behind");
    }

    /** A subscriber into a fresh queue, and a publisher, on one new stream; connected. */
    private static final class Pair implements AutoCloseable {
        final EventQueue queue = EventQueue.create(CAPACITY);
        final LatestLongs into = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);
        final LongsSubscriber subscriber;
        final LongsPublisher publisher;

        Pair(Transport transport, PublisherOptions publisherOptions,
             SubscriberOptions subscriberOptions) {
            final String channel = transport.channel();
            final int stream = STREAMS.incrementAndGet();
            subscriber = LongsSubscriber.create(aeron, channel, stream, into, subscriberOptions);
            publisher = LongsPublisher.create(aeron, channel, stream, CAPACITY, WIDTH,
                publisherOptions);
            Await.until("connection", () -> publisher.isConnected() && subscriber.isConnected(),
                publisher, subscriber);
        }

        Pair(Transport transport) {
            this(transport, PublisherOptions.defaults(), SubscriberOptions.defaults());
        }

        /** Polls every pending token of the subscriber's side. */
        int[] poll() {
            final Events events = Events.withCapacity(CAPACITY);
            queue.poller().poll(events);
            return events.toArray();
        }

        long[] read(int token, long expectedVersion) {
            final long[] tuple = new long[WIDTH];
            assertEquals(expectedVersion, into.read(token, tuple), "version of token " + token);
            return tuple;
        }

        void awaitApplied(long applied) {
            Await.until(() -> "applied " + applied + ", counters " + subscriber.counters(),
                () -> subscriber.counters().applied() >= applied, Await.DEADLINE, publisher,
                subscriber);
            assertEquals(applied, subscriber.counters().applied());
        }

        @Override
        public void close() {
            publisher.close();
            subscriber.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void tuplesArriveWholeInOrderAndConflatedAtTheSender(Transport transport) {
        try (Pair pair = new Pair(transport)) {
            assertTrue(pair.publisher.publish(5, 1, 2, 3, 4));
            assertTrue(pair.publisher.publish(3, 30, 31, 32, 33));
            assertFalse(pair.publisher.publish(5, 10, 20, 30, 40), "5 is pending: conflated");
            assertTrue(pair.publisher.publish(9, new long[] {90, 91, 92, 93}));
            pair.awaitApplied(3);
            assertArrayEquals(new int[] {5, 3, 9}, pair.poll(), "the order of first publish");
            assertArrayEquals(new long[] {10, 20, 30, 40}, pair.read(5, 1));
            assertArrayEquals(new long[] {30, 31, 32, 33}, pair.read(3, 1));
            assertArrayEquals(new long[] {90, 91, 92, 93}, pair.read(9, 1));
            final PublisherCounters sent = pair.publisher.counters();
            assertEquals(3, sent.messagesSent());
            assertEquals(1, sent.conflated(), "one update of 5 was replaced before it was sent");
            assertTrue(pair.publisher.publish(5, 11, 21, 31, 41), "the send re-armed 5");
            pair.awaitApplied(4);
            assertArrayEquals(new int[] {5}, pair.poll());
            assertArrayEquals(new long[] {11, 21, 31, 41}, pair.read(5, 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theFixedArityOverloadsSendTheirWidth(Transport transport) {
        final String channel = transport.channel();
        final int stream = STREAMS.incrementAndGet();
        final EventQueue queue = EventQueue.create(8);
        final List<LatestLongs> intos = new ArrayList<>();
        final List<LongsSubscriber> subscribers = new ArrayList<>();
        final List<LongsPublisher> publishers = new ArrayList<>();
        for (int width = 1; width <= 3; width++) {
            final LatestLongs into = LatestLongs.over(queue.notifier(), 8, width);
            intos.add(into);
            subscribers.add(LongsSubscriber.create(aeron, channel, stream + 100 * width, into));
            publishers.add(LongsPublisher.create(aeron, channel, stream + 100 * width, 8,
                width));
        }
        final List<org.agrona.concurrent.Agent> agents = new ArrayList<>(publishers);
        agents.addAll(subscribers);
        final org.agrona.concurrent.Agent[] all = agents.toArray(new org.agrona.concurrent.Agent[0]);
        Await.until("connections", () -> publishers.stream().allMatch(LongsPublisher::isConnected),
            all);
        publishers.get(0).publish(1, 11);
        publishers.get(1).publish(2, 21, 22);
        publishers.get(2).publish(3, 31, 32, 33);
        Await.until("three tuples", () -> subscribers.stream()
            .allMatch(s -> s.counters().applied() == 1), all);
        final long[][] expected = {{11}, {21, 22}, {31, 32, 33}};
        for (int i = 0; i < 3; i++) {
            final long[] tuple = new long[i + 1];
            assertEquals(1, intos.get(i).read(i + 1, tuple));
            assertArrayEquals(expected[i], tuple);
        }
        publishers.forEach(LongsPublisher::close);
        subscribers.forEach(LongsSubscriber::close);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void badInputIsRejectedAndSendsNothing(Transport transport) {
        try (Pair pair = new Pair(transport)) {
            final LongsPublisher publisher = pair.publisher;
            final List<Executable> calls = List.of(
                () -> publisher.publish(-1, 1, 2, 3, 4),
                () -> publisher.publish(CAPACITY, 1, 2, 3, 4),
                () -> publisher.publish(Integer.MIN_VALUE, new long[WIDTH]));
            for (Executable call : calls) {
                assertTrue(assertThrows(IndexOutOfBoundsException.class, call).getMessage()
                    .contains("[0, " + CAPACITY + ")"));
            }
            assertThrows(IllegalArgumentException.class, () -> publisher.publish(1, 1));
            assertThrows(IllegalArgumentException.class, () -> publisher.publish(1, 1, 2));
            assertThrows(IllegalArgumentException.class, () -> publisher.publish(1, 1, 2, 3));
            assertThrows(IllegalArgumentException.class,
                () -> publisher.publish(1, new long[WIDTH + 1]));
            assertThrows(NullPointerException.class, () -> publisher.publish(1, (long[]) null));
            // Nothing was sent: the next tuple is the first one the subscriber applies.
            assertTrue(publisher.publish(2, 7, 7, 7, 7));
            pair.awaitApplied(1);
            assertArrayEquals(new int[] {2}, pair.poll());
            assertEquals(1, publisher.counters().messagesSent());
            for (int t = 0; t < CAPACITY; t++) {
                assertEquals(t == 2 ? 1 : 0, pair.into.version(t), "version of token " + t);
            }
            publisher.close();
            assertTrue(publisher.isClosed());
            final IllegalStateException closed = assertThrows(IllegalStateException.class,
                () -> publisher.publish(2, 8, 8, 8, 8));
            assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
            assertEquals(0, publisher.doWork());
        }
    }

    @Test
    void aFailingNotifyUnderTheSubscriberIsThrownByDoWorkAndTheTupleIsWritten() {
        final Notifier closed = new Notifier() {
            @Override
            public boolean notify(int token) {
                throw new IllegalStateException("closed");
            }

            @Override
            public int capacity() {
                return CAPACITY;
            }
        };
        final LatestLongs into = LatestLongs.over(closed, CAPACITY, WIDTH);
        final int stream = STREAMS.incrementAndGet();
        try (LongsSubscriber subscriber = LongsSubscriber.create(aeron, "aeron:ipc", stream,
                into);
             LongsPublisher publisher = LongsPublisher.create(aeron, "aeron:ipc", stream,
                 CAPACITY, WIDTH)) {
            publisher.publish(4, 1, 2, 3, 4);
            IllegalStateException thrown = null;
            final long end = System.nanoTime() + Await.DEADLINE.toNanos();
            while (thrown == null && System.nanoTime() - end < 0) {
                publisher.doWork();
                try {
                    subscriber.doWork();
                } catch (IllegalStateException e) {
                    thrown = e;
                }
            }
            assertNotNull(thrown, "doWork did not throw the notifier's exception");
            assertEquals("closed", thrown.getMessage());
            assertEquals(1, into.version(4), "the tuple was written before the notify failed");
        }
    }

    @Test
    void aPublicationClosedUnderThePublisherMakesDoWorkThrowEveryTime() {
        final Aeron own = Aeron.connect(new Aeron.Context().aeronDirectoryName(
            driver.directory()));
        final int stream = STREAMS.incrementAndGet();
        try (LongsSubscriber subscriber = LongsSubscriber.create(aeron, "aeron:ipc", stream,
                LatestLongs.over(EventQueue.create(CAPACITY).notifier(), CAPACITY, WIDTH));
             LongsPublisher publisher = LongsPublisher.create(own, "aeron:ipc", stream,
                 CAPACITY, WIDTH)) {
            Await.until("connection", publisher::isConnected, publisher, subscriber);
            publisher.publish(1, 1, 1, 1, 1);
            own.close();
            final IllegalStateException first = assertThrows(IllegalStateException.class,
                publisher::doWork);
            assertTrue(first.getMessage().contains("stream " + stream)
                && first.getMessage().contains("closed"), first.getMessage());
            assertEquals(first, assertThrows(IllegalStateException.class, publisher::doWork),
                "the same failure, every time");
            assertTrue(publisher.publish(2, 2, 2, 2, 2), "producers still never block");
        }
    }

    @Test
    void creationRejectsBadArguments() {
        assertThrows(IllegalArgumentException.class,
            () -> LongsPublisher.create(aeron, "aeron:ipc", 1, 8, 0));
        assertThrows(IllegalArgumentException.class,
            () -> LongsPublisher.create(aeron, "aeron:ipc", 1, 8, LatestLongs.MAX_WIDTH + 1));
        assertThrows(IllegalArgumentException.class,
            () -> LongsPublisher.create(aeron, "aeron:ipc", 1, 0, 4));
        assertThrows(NullPointerException.class,
            () -> LongsPublisher.create(null, "aeron:ipc", 1, 8, 4));
        assertThrows(NullPointerException.class,
            () -> LongsPublisher.create(aeron, null, 1, 8, 4));
        assertThrows(NullPointerException.class,
            () -> LongsSubscriber.create(aeron, "aeron:ipc", 1, null));
        assertThrows(IllegalArgumentException.class,
            () -> PublisherOptions.defaults().withBudget(0));
        assertThrows(IllegalArgumentException.class,
            () -> PublisherOptions.defaults().withHeartbeatInterval(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
            () -> SubscriberOptions.defaults().withSilenceTimeout(Duration.ofMillis(-1)));
        assertEquals(null, PublisherOptions.defaults().withBackend("  ").backend(),
            "a blank backend is unset");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aLateSubscriberGetsTheLatestTupleOfEveryToken(Transport transport) {
        final String channel = transport.channel();
        final int stream = STREAMS.incrementAndGet();
        final LongsPublisher publisher = LongsPublisher.create(aeron, channel, stream, CAPACITY,
            WIDTH);
        for (int round = 1; round <= 3; round++) {
            for (int t = 0; t < CAPACITY; t += 2) {
                publisher.publish(t, t, round, 0, 0);
            }
            assertEquals(0, publisher.doWork(), "no subscriber: nothing is sent");
        }
        final EventQueue queue = EventQueue.create(CAPACITY);
        final LatestLongs into = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);
        final LongsSubscriber subscriber = LongsSubscriber.create(aeron, channel, stream, into);
        Await.until("every written token", () -> subscriber.counters().applied() == CAPACITY / 2,
            publisher, subscriber);
        final long[] tuple = new long[WIDTH];
        for (int t = 0; t < CAPACITY; t++) {
            assertEquals(t % 2 == 0 ? 1 : 0, into.read(t, tuple), "version of token " + t);
            assertArrayEquals(t % 2 == 0 ? new long[] {t, 3, 0, 0} : new long[WIDTH], tuple);
        }
        publisher.close();
        subscriber.close();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRefreshReachesASubscriberThatJoinsAConnectedPublisher(Transport transport) {
        final PublisherOptions refreshing = PublisherOptions.defaults()
            .withRefreshInterval(Duration.ofMillis(100));
        try (Pair pair = new Pair(transport, refreshing, SubscriberOptions.defaults())) {
            for (int t = 0; t < 10; t++) {
                pair.publisher.publish(t, t, t, t, t);
            }
            pair.awaitApplied(10);
            final EventQueue queue = EventQueue.create(CAPACITY);
            final LatestLongs into = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);
            final String channel = pair.publisher.channel();
            try (LongsSubscriber late = LongsSubscriber.create(aeron, channel,
                pair.publisher.streamId(), into)) {
                // Over IPC a late image may start where the first subscriber was before its
                // last poll, and so see the first sends too: wait for a refresh either way.
                Await.until("every token, and a refresh the first subscriber skips",
                    () -> late.counters().applied() == 10
                        && pair.subscriber.counters().duplicates() >= 10,
                    pair.publisher, pair.subscriber, late);
                assertEquals(10, late.counters().applied());
            }
            assertTrue(pair.publisher.counters().resends() >= 2, "a refresh after the connect");
            for (int t = 0; t < 10; t++) {
                assertEquals(1, pair.into.version(t), "re-sent tuples are not applied twice");
                assertEquals(1, into.version(t));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void silenceIsReportedHeartbeatsPreventItAndARestartedPublisherIsAccepted(
        Transport transport) {
        final List<String> seen = new ArrayList<>();
        final PublisherListener listener = new PublisherListener() {
            @Override
            public void joined(PublisherInfo publisher) {
                seen.add("joined " + publisher.sessionId());
            }

            @Override
            public void silent(PublisherInfo publisher) {
                seen.add("silent " + publisher.sessionId());
            }

            @Override
            public void resumed(PublisherInfo publisher) {
                seen.add("resumed " + publisher.sessionId());
            }

            @Override
            public void left(PublisherInfo publisher) {
                seen.add("left " + publisher.sessionId());
            }
        };
        final PublisherOptions beating = PublisherOptions.defaults()
            .withHeartbeatInterval(Duration.ofMillis(20));
        final SubscriberOptions watching = SubscriberOptions.defaults()
            .withSilenceTimeout(Duration.ofMillis(1000)).withListener(listener);
        try (Pair pair = new Pair(transport, beating, watching)) {
            final int first = pair.publisher.sessionId();
            Await.until(() -> "joined: " + seen, () -> seen.contains("joined " + first),
                Await.DEADLINE, pair.publisher, pair.subscriber);
            pair.publisher.publish(1, 1, 1, 1, 1);
            pair.publisher.publish(1, 2, 2, 2, 2);
            pair.awaitApplied(1);
            // Idle but alive for two silence timeouts: heartbeats keep it from being silent.
            // (The timeout is far above the heartbeat interval, so that a descheduled test
            // thread on a loaded machine does not pass for a silent publisher.)
            final long heartbeats = pair.subscriber.counters().heartbeats();
            final long quietUntil = System.nanoTime() + Duration.ofMillis(2000).toNanos();
            Await.until(() -> "two quiet seconds", () -> System.nanoTime() - quietUntil > 0,
                Await.DEADLINE, pair.publisher, pair.subscriber);
            assertTrue(pair.subscriber.counters().heartbeats() > heartbeats, "no heartbeat");
            assertFalse(seen.contains("silent " + first), seen.toString());
            // The publisher's duty cycle stops: no heartbeat, reported within the bound.
            Await.until(() -> "silent: " + seen, () -> seen.contains("silent " + first),
                Duration.ofSeconds(5), pair.subscriber);
            assertEquals(1, pair.subscriber.counters().publishersSilent());
            pair.publisher.doWork();
            Await.until(() -> "resumed: " + seen, () -> seen.contains("resumed " + first),
                Duration.ofSeconds(5), pair.publisher, pair.subscriber);
            pair.publisher.close();
            Await.until(() -> "left: " + seen, () -> seen.contains("left " + first),
                Await.DEADLINE, pair.subscriber);
            // A restarted publisher: a new session whose versions start at 1 again.
            try (LongsPublisher again = LongsPublisher.create(aeron, pair.publisher.channel(),
                pair.publisher.streamId(), CAPACITY, WIDTH, beating)) {
                again.publish(1, 3, 3, 3, 3);
                Await.until(() -> "the restarted publisher's tuple: " + seen,
                    () -> pair.subscriber.counters().applied() == 2, Await.DEADLINE,
                    again, pair.subscriber);
                assertTrue(seen.contains("joined " + again.sessionId()), seen.toString());
                assertArrayEquals(new long[] {3, 3, 3, 3}, pair.read(1, 2));
            }
            assertEquals(2, pair.subscriber.counters().publishersJoined());
        }
    }
}
