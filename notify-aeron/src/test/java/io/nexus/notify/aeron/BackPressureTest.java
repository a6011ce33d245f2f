package io.nexus.notify.aeron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.value.LatestLongs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Forced back-pressure: the smallest terms Aeron allows (64 KiB, so a 32 KiB window) and a
 * subscriber that does not poll while producers write every token three times. The producers
 * finish while the subscriber is still paused, the publisher is refused and retries, and once
 * the subscriber runs again its view is every token's last write.
 */
class BackPressureTest {

    private static final int CAPACITY = 4096;
    private static final int WIDTH = 4;
    private static final int ROUNDS = 3;

    @ParameterizedTest
    @EnumSource(Transport.class)
    void nothingIsLostAndProducersNeverWait(Transport transport) throws InterruptedException {
        try (EmbeddedDriver small = EmbeddedDriver.launch(TestDrivers.context()
            .ipcTermBufferLength(64 * 1024).publicationTermBufferLength(64 * 1024))) {
            final String channel = transport.channel();
            final EventQueue queue = EventQueue.create(CAPACITY);
            final LatestLongs into = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);
            final LongsSubscriber subscriber = LongsSubscriber.create(small.aeron(), channel, 7,
                into);
            final LongsPublisher publisher = LongsPublisher.create(small.aeron(), channel, 7,
                CAPACITY, WIDTH);
            Await.until("connection", () -> publisher.isConnected() && subscriber.isConnected(),
                publisher, subscriber);
            final Thread producer = new Thread(() -> {
                for (long round = 1; round <= ROUNDS; round++) {
                    for (int t = 0; t < CAPACITY; t++) {
                        publisher.publish(t, t, round, ~round, t * round);
                    }
                }
            }, "producer");
            producer.start();
            // Only the publisher runs: the subscriber is paused, the window fills.
            Await.until(() -> "producer done, back-pressure seen: " + publisher.counters(),
                () -> !producer.isAlive() && publisher.counters().backPressured() > 0,
                Await.DEADLINE, publisher);
            producer.join();
            final long sentWhilePaused = publisher.counters().messagesSent();
            assertTrue(sentWhilePaused < CAPACITY, "the window holds less than every token: "
                + sentWhilePaused);
            Await.until(() -> "every token's last write, " + subscriber.counters(),
                () -> lastRoundEverywhere(into), Await.DEADLINE, publisher, subscriber);
            final long[] tuple = new long[WIDTH];
            for (int t = 0; t < CAPACITY; t++) {
                into.read(t, tuple);
                assertArrayEquals(new long[] {t, ROUNDS, ~ROUNDS, (long) t * ROUNDS}, tuple);
            }
            final PublisherCounters sent = publisher.counters();
            assertTrue(sent.messagesSent() < (long) ROUNDS * CAPACITY,
                "conflation sent fewer messages than updates: " + sent);
            assertEquals((long) ROUNDS * CAPACITY, sent.messagesSent() + sent.conflated(),
                "every update was sent or replaced by a later one: " + sent);
            publisher.close();
            subscriber.close();
        }
    }

    private static boolean lastRoundEverywhere(LatestLongs into) {
        final long[] tuple = new long[WIDTH];
        for (int t = 0; t < CAPACITY; t++) {
            into.read(t, tuple);
            if (tuple[1] != ROUNDS) {
                return false;
            }
        }
        return true;
    }
}
