package io.nexus.notify.aeron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.value.LatestLongs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.agrona.IoUtil;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A publisher in a child JVM ({@link ChildPublisher}), the subscriber and a consumer here:
 * over IPC through this JVM's driver directory, and over UDP on loopback with a driver in each
 * JVM. The consumer is far slower than the producers and still ends with every token's last
 * tuple, never a torn one; a publisher killed with SIGKILL is reported silent (or, if the
 * subscriber was still reading its backlog, gone) within the silence timeout and a few
 * seconds' slack, and a restarted one's tuples arrive. No driver directory is left behind.
 */
class CrossProcessTest {

    private static final int CAPACITY = 256;
    private static final Duration SILENCE = Duration.ofMillis(500);

    private static EmbeddedDriver driver;

    @BeforeAll
    static void launch() {
        driver = TestDrivers.launch();
    }

    @AfterAll
    static void close() throws Exception {
        driver.close();
        assertEquals(List.of(), TestDrivers.directoriesStartingWith(TestDrivers.PREFIX),
            "driver directories left behind");
    }

    /** A listener event and when it was heard. */
    private record Heard(String event, long nanos) {
    }

    /** The subscriber on its own thread, and the publisher events it heard. */
    private static final class Receiving implements AutoCloseable {
        final EventQueue queue = EventQueue.create(CAPACITY);
        final LatestLongs into = LatestLongs.over(queue.notifier(), CAPACITY,
            ChildPublisher.WIDTH);
        /** What the listener heard, each with the time it heard it. */
        final Queue<Heard> events = new ConcurrentLinkedQueue<>();
        final LongsSubscriber subscriber;
        final AgentRunner runner;
        final String publisherChannel;

        Receiving(Transport transport, int stream) {
            final PublisherListener listener = new PublisherListener() {
                @Override
                public void silent(PublisherInfo publisher) {
                    events.add(new Heard("silent " + publisher.sessionId(), System.nanoTime()));
                }

                @Override
                public void left(PublisherInfo publisher) {
                    events.add(new Heard("left " + publisher.sessionId(), System.nanoTime()));
                }
            };
            final String channel = transport == Transport.IPC ? "aeron:ipc"
                : "aeron:udp?endpoint=localhost:0";
            subscriber = LongsSubscriber.create(driver.aeron(), channel, stream, into,
                SubscriberOptions.defaults().withSilenceTimeout(SILENCE).withListener(listener));
            if (transport == Transport.IPC) {
                publisherChannel = channel;
            } else {
                Await.until("a resolved endpoint", () -> subscriber.resolvedEndpoint() != null);
                publisherChannel = "aeron:udp?endpoint=" + subscriber.resolvedEndpoint();
            }
            runner = new AgentRunner(new BackoffIdleStrategy(), Throwable::printStackTrace, null,
                subscriber);
            AgentRunner.startOnThread(runner);
        }

        /** Starts a publisher process on this stream. */
        ChildJvm publisher(Transport transport, int stream, long updates, Path ownDirectory) {
            final String driverArg = transport == Transport.IPC
                ? "connect:" + driver.directory() : "embedded:" + ownDirectory;
            return ChildJvm.start(true, ChildPublisher.class, driverArg, publisherChannel,
                Integer.toString(stream), Integer.toString(CAPACITY), Long.toString(updates));
        }

        /**
         * Consumes slowly, a few tokens per poll with a pause after each, checking every tuple
         * read, until every token holds update {@code last} or the deadline passes.
         *
         * @return the tokens delivered to the consumer
         */
        long consumeUntilLast(long last, Duration deadline) {
            final Events polled = Events.withCapacity(8);
            final long[] tuple = new long[ChildPublisher.WIDTH];
            final long[] seen = new long[CAPACITY];
            int done = 0;
            long delivered = 0;
            final long end = System.nanoTime() + deadline.toNanos();
            while (done < CAPACITY) {
                if (System.nanoTime() - end > 0) {
                    fail(done + " of " + CAPACITY + " tokens reached update " + last + " within "
                        + deadline + "; " + subscriber.counters());
                }
                final int n = queue.poller().poll(polled, 8);
                for (int i = 0; i < n; i++) {
                    final int t = polled.index(i);
                    into.read(t, tuple);
                    final long update = tuple[1];
                    if (tuple[0] != t || tuple[2] != 31 * update + t || tuple[3] != ~update) {
                        fail("token " + t + ": torn tuple " + java.util.Arrays.toString(tuple));
                    }
                    if (update == last && seen[t] != last) {
                        done++;
                    }
                    seen[t] = update;
                    delivered++;
                }
                // A deliberately slow consumer: a pause after every poll.
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
            }
            return delivered;
        }

        /**
         * Waits for a listener event heard at or after a time (a loaded machine may starve a
         * live publisher into an earlier, passing silence); returns when it was heard.
         */
        long awaitEvent(String event, long notBefore, Duration within) {
            return awaitEvent(List.of(event), notBefore, within);
        }

        /** Waits for the first of several listener events, as {@link #awaitEvent}. */
        long awaitEvent(List<String> anyOf, long notBefore, Duration within) {
            final long end = System.nanoTime() + within.toNanos();
            while (true) {
                for (Heard heard : events) {
                    if (anyOf.contains(heard.event()) && heard.nanos() - notBefore >= 0) {
                        return heard.nanos();
                    }
                }
                if (System.nanoTime() - end > 0) {
                    fail("none of " + anyOf + " within " + within + "; heard " + events);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        }

        @Override
        public void close() {
            runner.close();
        }
    }

    private static Path ownDirectory(Transport transport) {
        return transport == Transport.UDP ? TestDrivers.newDirectory() : null;
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aSlowConsumerEndsWithEveryTokensLastTuple(Transport transport) throws Exception {
        final long updates = 2_000;
        final Path own = ownDirectory(transport);
        try (Receiving receiving = new Receiving(transport, 31);
             ChildJvm child = receiving.publisher(transport, 31, updates, own)) {
            child.awaitLine("READY", Await.DEADLINE);
            final long delivered = receiving.consumeUntilLast(updates, Duration.ofSeconds(90));
            child.awaitLine("PUBLISHED", Await.DEADLINE);
            child.stop();
            final SubscriberCounters received = receiving.subscriber.counters();
            assertTrue(delivered <= received.applied(), "each delivery follows an applied"
                + " tuple: " + delivered + " deliveries, " + received);
            System.out.printf("%s: %d updates offered, %d messages applied, %d deliveries;"
                + " child %s%n", transport, updates * CAPACITY, received.applied(), delivered,
                child.output().lines().filter(l -> l.startsWith("COUNTERS")).findFirst()
                    .orElse("?"));
        }
        if (own != null) {
            assertFalse(Files.exists(own), "the child's driver directory is left behind");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aKilledPublisherIsReportedAndARestartedOnesTuplesArrive(Transport transport)
        throws Exception {
        final Path own = ownDirectory(transport);
        try (Receiving receiving = new Receiving(transport, 32)) {
            final int killedSession;
            final long killed;
            try (ChildJvm first = receiving.publisher(transport, 32, 0, own)) {
                killedSession = Integer.parseInt(first.awaitLine("READY", Await.DEADLINE)
                    .substring("READY ".length()));
                Await.until("tuples from the first publisher",
                    () -> receiving.subscriber.counters().applied() > 10 * CAPACITY);
                first.kill();
                killed = System.nanoTime();
            }
            // Reported silent, or gone already: on a loaded machine the subscriber may still
            // be reading the dead publisher's backlog when Aeron's own timeout removes it.
            final long silent = receiving.awaitEvent(List.of("silent " + killedSession,
                "left " + killedSession), killed, SILENCE.plus(Duration.ofSeconds(3)));
            final long updates = 50;
            try (ChildJvm second = receiving.publisher(transport, 32, updates,
                ownDirectory(transport))) {
                second.awaitLine("READY", Await.DEADLINE);
                receiving.consumeUntilLast(updates, Duration.ofSeconds(60));
                // Aeron removes the dead publisher's image after its liveness timeout, or, when
                // the publisher died inside a claim, only once the driver has unblocked the
                // uncommitted claim and the image has drained: allow for both on a busy machine.
                final long left = receiving.awaitEvent("left " + killedSession, killed,
                    TestDrivers.IMAGE_LIVENESS.plus(Duration.ofSeconds(30)));
                second.stop();
                System.out.printf("%s: SIGKILLed publisher reported silent (or gone) after %d ms (silence"
                    + " timeout %d ms), its image gone after %d ms (Aeron's timeout %d ms)%n",
                    transport, (silent - killed) / 1_000_000, SILENCE.toMillis(),
                    (left - killed) / 1_000_000, TestDrivers.IMAGE_LIVENESS.toMillis());
            }
        } finally {
            if (own != null) {
                assertTrue(Files.exists(own), "SIGKILL leaves the child's directory");
                IoUtil.delete(own.toFile(), false);
                assertFalse(Files.exists(own));
            }
        }
    }

    @Test
    void withoutTheJvmOptionTheErrorNamesIt() throws Exception {
        try (ChildJvm child = ChildJvm.start(false, WithoutJvmOption.class)) {
            assertEquals(0, child.awaitExit(), child.output());
            assertTrue(child.output().contains("ERROR ")
                && child.output().contains("--add-exports java.base/jdk.internal.misc"),
                child.output());
        }
    }
}
