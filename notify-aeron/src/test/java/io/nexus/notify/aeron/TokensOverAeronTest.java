package io.nexus.notify.aeron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Readiness alone: a {@link TokensPublisher} is a {@link Notifier} whose tokens reach a
 * {@link TokensSubscriber}'s local queue, conflated and in order; a late subscriber gets every
 * token notified so far.
 */
class TokensOverAeronTest {

    private static final int CAPACITY = 32;

    private static EmbeddedDriver driver;

    @BeforeAll
    static void launch() {
        driver = TestDrivers.launch();
    }

    @AfterAll
    static void close() {
        driver.close();
    }

    private static int[] pollAll(EventQueue queue) {
        final Events events = Events.withCapacity(CAPACITY);
        queue.poller().poll(events);
        return events.toArray();
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aRemoteNotifierDeliversEachTokenOnceInOrder(Transport transport) {
        final String channel = transport.channel();
        final EventQueue queue = EventQueue.create(CAPACITY);
        try (TokensSubscriber subscriber = TokensSubscriber.create(driver.aeron(), channel, 21,
                queue.notifier());
             TokensPublisher publisher = TokensPublisher.create(driver.aeron(), channel, 21,
                CAPACITY)) {
            Await.until("connection", publisher::isConnected, publisher, subscriber);
            final Notifier notifier = publisher;
            assertEquals(CAPACITY, notifier.capacity());
            assertTrue(notifier.notify(5));
            assertTrue(notifier.notify(3));
            assertFalse(notifier.notify(5), "5 is pending in the outbox");
            assertTrue(notifier.notify(9));
            Await.until("three tokens", () -> subscriber.counters().applied() == 3, publisher,
                subscriber);
            assertArrayEquals(new int[] {5, 3, 9}, pollAll(queue));
            assertEquals(3, publisher.counters().messagesSent());
            assertThrows(IndexOutOfBoundsException.class, () -> notifier.notify(CAPACITY));
            assertThrows(IndexOutOfBoundsException.class, () -> notifier.notify(-1));
            assertTrue(notifier.notify(3), "the send re-armed 3");
            Await.until("token 3 again", () -> subscriber.counters().applied() == 4, publisher,
                subscriber);
            assertArrayEquals(new int[] {3}, pollAll(queue));
        }
        final TokensPublisher closed = TokensPublisher.create(driver.aeron(), channel, 21,
            CAPACITY);
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.notify(1));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aLateSubscriberGetsEveryTokenNotifiedSoFar(Transport transport) {
        final String channel = transport.channel();
        try (TokensPublisher publisher = TokensPublisher.create(driver.aeron(), channel, 22,
            CAPACITY)) {
            for (int t = 0; t < CAPACITY; t += 3) {
                publisher.notify(t);
            }
            assertEquals(0, publisher.doWork(), "no subscriber: nothing is sent");
            final EventQueue queue = EventQueue.create(CAPACITY);
            try (TokensSubscriber subscriber = TokensSubscriber.create(driver.aeron(), channel,
                22, queue.notifier())) {
                Await.until("every token", () -> subscriber.counters().applied() == 11,
                    publisher, subscriber);
                final int[] got = pollAll(queue);
                java.util.Arrays.sort(got);
                assertArrayEquals(new int[] {0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30}, got);
            }
        }
    }
}
