package io.nexus.notify.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Token;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input gets a clear exception and leaves the channel as it was. */
class EventChannelArgumentsTest {

    private final EventChannel channel = EventChannel.create(4);
    private final Sender sender = channel.sender();
    private final Receiver receiver = channel.receiver();
    private final Events events = Events.withCapacity(4);

    @AfterEach
    void close() {
        channel.close();
    }

    /** Asserts that the channel still holds exactly token 2, pending, and still works. */
    private void assertStillUsable() throws Exception {
        assertEquals(1, receiver.tryRecv(events));
        assertArrayEquals(new int[] {2}, events.toArray());
        sender.notify(3);
        assertEquals(1, receiver.recv(events));
        assertArrayEquals(new int[] {3}, events.toArray());
    }

    private <T extends Throwable> void assertRejected(Class<T> type, String message,
            Executable call) throws Exception {
        sender.notify(2);
        final T e = assertThrows(type, call);
        assertEquals(message, e.getMessage());
        assertStillUsable();
    }

    @Test
    void tokenIndexOutOfRange() throws Exception {
        assertRejected(IndexOutOfBoundsException.class, "token index 4 is out of range [0, 4)",
            () -> sender.notify(4));
        assertRejected(IndexOutOfBoundsException.class, "token index -1 is out of range [0, 4)",
            () -> sender.notify(-1));
        assertRejected(IndexOutOfBoundsException.class, "token index 9 is out of range [0, 4)",
            () -> sender.notify(new Token(9)));
    }

    @Test
    void nullToken() throws Exception {
        assertRejected(NullPointerException.class, "token", () -> sender.notify((Token) null));
    }

    @Test
    void nullEvents() throws Exception {
        assertRejected(NullPointerException.class, "events", () -> receiver.recv(null));
        assertRejected(NullPointerException.class, "events", () -> receiver.recv(null, 1));
        assertRejected(NullPointerException.class, "events",
            () -> receiver.recv(null, Duration.ZERO));
        assertRejected(NullPointerException.class, "events",
            () -> receiver.recv(null, 1, Duration.ZERO));
        assertRejected(NullPointerException.class, "events", () -> receiver.tryRecv(null));
        assertRejected(NullPointerException.class, "events", () -> receiver.tryRecv(null, 1));
    }

    @Test
    void negativeLimit() throws Exception {
        final String message = "limit must be >= 0, was -1";
        assertRejected(IllegalArgumentException.class, message, () -> receiver.recv(events, -1));
        assertRejected(IllegalArgumentException.class, message,
            () -> receiver.recv(events, -1, Duration.ofSeconds(1)));
        assertRejected(IllegalArgumentException.class, message, () -> receiver.tryRecv(events, -1));
    }

    @Test
    void nullTimeout() throws Exception {
        assertRejected(NullPointerException.class, "timeout",
            () -> receiver.recv(events, (Duration) null));
        assertRejected(NullPointerException.class, "timeout", () -> receiver.recv(events, 1, null));
    }

    @Test
    void negativeTimeout() throws Exception {
        assertRejected(IllegalArgumentException.class, "timeout must be >= 0, was PT-0.001S",
            () -> receiver.recv(events, Duration.ofMillis(-1)));
        assertRejected(IllegalArgumentException.class, "timeout must be >= 0, was PT-5S",
            () -> receiver.recv(events, 1, Duration.ofSeconds(-5)));
    }

    @Test
    void badFactoryArguments() {
        assertThrows(IllegalArgumentException.class, () -> EventChannel.create(0));
        assertThrows(IllegalArgumentException.class, () -> EventChannel.create(-3, null));
        assertThrows(IllegalArgumentException.class,
            () -> EventChannel.create(EventQueue.MAX_CAPACITY + 1, null, WaitStrategy.busySpin()));
        final IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
            () -> EventChannel.create(4, "no-such-backend"));
        assertTrue(unknown.getMessage().contains("no-such-backend"), unknown.getMessage());

        assertEquals("queue", assertThrows(NullPointerException.class,
            () -> EventChannel.over(null)).getMessage());
        assertEquals("queue", assertThrows(NullPointerException.class,
            () -> EventChannel.over(null, WaitStrategy.busySpin())).getMessage());
        assertEquals("strategy", assertThrows(NullPointerException.class,
            () -> EventChannel.over(EventQueue.create(4), null)).getMessage());
        assertEquals("strategy", assertThrows(NullPointerException.class,
            () -> EventChannel.create(4, null, null)).getMessage());
    }
}
