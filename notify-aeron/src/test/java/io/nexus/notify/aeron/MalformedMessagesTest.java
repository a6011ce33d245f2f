package io.nexus.notify.aeron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aeron.ExclusivePublication;
import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.value.LatestLongs;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Messages a subscriber must refuse, sent by a raw Aeron publication on its stream: each is
 * counted and dropped and changes no slot; a well-formed tuple from the same publication is
 * applied afterwards.
 */
class MalformedMessagesTest {

    private static final int CAPACITY = 64;
    private static final int WIDTH = 4;

    /** A well-formed tuple message, to spoil one way or another. */
    private static UnsafeBuffer tuple(int token) {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[Wire.length(WIDTH)]);
        Wire.putHeader(buffer, 0, Wire.TUPLE, WIDTH, token, 1);
        Wire.putFields(buffer, 0, new long[] {1, 2, 3, 4}, WIDTH);
        return buffer;
    }

    private record Bad(String what, UnsafeBuffer buffer, int length) {
    }

    private static List<Bad> badMessages() {
        final UnsafeBuffer format = tuple(3);
        format.putByte(Wire.FORMAT_OFFSET, (byte) 2);
        final UnsafeBuffer narrow = new UnsafeBuffer(new byte[Wire.length(2)]);
        Wire.putHeader(narrow, 0, Wire.TUPLE, 2, 3, 1);
        final UnsafeBuffer type = tuple(3);
        type.putByte(Wire.TYPE_OFFSET, (byte) 7);
        return List.of(
            new Bad("truncated header", tuple(3), 8),
            new Bad("truncated fields", tuple(3), Wire.length(WIDTH) - 8),
            new Bad("format version 2", format, Wire.length(WIDTH)),
            new Bad("width 2", narrow, Wire.length(2)),
            new Bad("unknown type", type, Wire.length(WIDTH)),
            new Bad("token above the capacity", tuple(CAPACITY), Wire.length(WIDTH)),
            new Bad("negative token", tuple(-1), Wire.length(WIDTH)));
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void areCountedDroppedAndChangeNoSlot(Transport transport) {
        try (EmbeddedDriver driver = TestDrivers.launch()) {
            final String channel = transport.channel();
            final EventQueue queue = EventQueue.create(CAPACITY);
            final LatestLongs into = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);
            final LongsSubscriber subscriber = LongsSubscriber.create(driver.aeron(), channel, 9,
                into);
            final ExclusivePublication raw = driver.aeron().addExclusivePublication(channel, 9);
            Await.until("connection", raw::isConnected, subscriber);
            final List<Bad> bad = badMessages();
            for (Bad message : bad) {
                Await.until("offer of " + message.what(),
                    () -> raw.offer(message.buffer(), 0, message.length()) > 0, subscriber);
            }
            Await.until(() -> "every bad message counted, " + subscriber.counters(),
                () -> subscriber.counters().malformed() == bad.size(), Await.DEADLINE,
                subscriber);
            final Events events = Events.withCapacity(CAPACITY);
            assertEquals(0, queue.poller().poll(events), "no token was notified");
            for (int t = 0; t < CAPACITY; t++) {
                assertEquals(0, into.version(t), "token " + t + " was written");
            }
            assertEquals(0, subscriber.counters().applied());
            final UnsafeBuffer good = tuple(3);
            Await.until("offer of a good tuple",
                () -> raw.offer(good, 0, Wire.length(WIDTH)) > 0, subscriber);
            Await.until("the good tuple", () -> subscriber.counters().applied() == 1,
                subscriber);
            assertEquals(1, queue.poller().poll(events));
            final long[] fields = new long[WIDTH];
            assertEquals(1, into.read(3, fields));
            assertArrayEquals(new long[] {1, 2, 3, 4}, fields);
            assertTrue(subscriber.counters().malformed() == bad.size());
            raw.close();
            subscriber.close();
        }
    }
}
