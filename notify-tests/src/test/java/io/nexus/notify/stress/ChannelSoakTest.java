package io.nexus.notify.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.WaitStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Channel soak: {@value #PRODUCERS} producers write sequence numbers into per-token slots and
 * notify through the channel's sender ({@link SoakProducer}), while the receiver, which parks
 * at once when nothing is pending ({@link WaitStrategy#parkImmediately()}), receives with
 * random limits and a bounded timeout and reads the slots of the tokens it gets
 * ({@link SoakConsumer}).
 *
 * <p>Checked for every backend: no receive returns a token twice, or more tokens than the
 * capacity or its limit; the tokens newly queued minus the tokens delivered never exceed the
 * capacity; no receive times out although a notify made a token newly pending while it waited
 * (a lost wake-up: the producers notify without pause, so a timeout with no such notify means
 * they were all held up, which is counted and printed); after the producers stop and the
 * receiver drains with {@code tryRecv}, every new notification was delivered exactly once,
 * the receiver read every slot's final value (no lost update), and the closed channel then
 * returns {@link Receiver#CLOSED}; no producer threw.
 *
 * <p>Runs as long as {@link SoakTest} per backend ({@code -Dnotify.soak.seconds=N}).
 */
@Tag("soak")
class ChannelSoakTest {

    private static final int PRODUCERS = 2;
    private static final int CAPACITY = 96;

    /** Bounds every receive, so a lost wake-up fails the test instead of hanging it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void soak(String backend) throws InterruptedException {
        final Duration duration = SoakTest.duration();
        final EventChannel channel =
            EventChannel.create(CAPACITY, backend, WaitStrategy.parkImmediately());
        final Receiver receiver = channel.receiver();
        final long[] slots = new long[CAPACITY];
        final LongAdder notifies = new LongAdder();
        final LongAdder queued = new LongAdder();
        final CountDownLatch started = new CountDownLatch(PRODUCERS);
        final ProducerThreads producers = new ProducerThreads();
        final List<SoakProducer> sources = new ArrayList<>();
        final SoakConsumer consumer = new SoakConsumer(backend, slots);
        final Events events = Events.withCapacity(CAPACITY);
        long idleTimeouts = 0;
        final long start = System.nanoTime();
        try {
            for (int p = 0; p < PRODUCERS; p++) {
                final SoakProducer source = new SoakProducer(p, PRODUCERS,
                    channel.sender()::notify, slots, notifies, queued, started,
                    producers::running);
                sources.add(source);
                producers.start(source);
            }
            started.await();
            final SplittableRandom random = new SplittableRandom(42);
            final long deadline = start + duration.toNanos();
            while (System.nanoTime() < deadline && producers.failure() == null) {
                final int limit = random.nextInt(8) == 0 ? Integer.MAX_VALUE
                    : 1 + random.nextInt(CAPACITY + CAPACITY / 2);
                final long queuedBefore = queued.sum();
                final int n = limit == Integer.MAX_VALUE ? receiver.recv(events, TIMEOUT)
                    : receiver.recv(events, limit, TIMEOUT);
                if (n == 0) {
                    final long queuedDuring = queued.sum() - queuedBefore;
                    if (queuedDuring != 0) {
                        fail(backend + ": a receive timed out although " + queuedDuring
                            + " notifies made a token newly pending while it waited");
                    }
                    idleTimeouts++;
                }
                consumer.accept(events, n, limit);
                consumer.assertBacklogWithinCapacity(queued.sum());
            }
        } finally {
            producers.stopAndJoin();
        }
        if (producers.failure() != null) {
            fail(backend + ": a producer failed", producers.failure());
        }
        int n;
        while ((n = receiver.tryRecv(events)) > 0) {
            consumer.accept(events, n, Integer.MAX_VALUE);
        }
        final long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(0, n, backend + ": tryRecv on an open, drained channel");
        assertTrue(receiver.isEmpty(), backend + ": isEmpty() on an open, drained channel");
        assertEquals(queued.sum(), consumer.total(), backend
            + ": deliveries differ from new notifications");
        final long[] finalValues = new long[CAPACITY];
        for (int t = 0; t < CAPACITY; t++) {
            finalValues[t] = sources.get(t % PRODUCERS).written()[t];
        }
        consumer.assertReadFinalValues(finalValues);
        channel.close();
        assertEquals(Receiver.CLOSED, receiver.recv(events, TIMEOUT), backend
            + ": receive on a closed, drained channel");
        System.out.printf("channel soak %-8s %6d ms: notifies %,d (new %,d), receives %,d"
                + " (%,d timed out with producers idle), tokens delivered %,d%n",
            backend, elapsedMillis, notifies.sum(), queued.sum(), consumer.polls(), idleTimeouts,
            consumer.total());
    }
}
