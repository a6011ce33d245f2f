package io.nexus.notify.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
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
 * Soak: {@value #PRODUCERS} producers write sequence numbers into per-token slots and notify
 * ({@link SoakProducer}), while one consumer polls with random limits and reads the slots of
 * the tokens it gets ({@link SoakConsumer}).
 *
 * <p>Slots are written and read with opaque access, which has no ordering of its own, so only
 * the queue's happens-before contract makes a producer's write visible to the consumer.
 *
 * <p>Checked for every backend: no poll returns a token twice, or more tokens than the
 * capacity or its limit; the tokens newly queued minus the tokens delivered never exceed the
 * capacity; after the producers stop and the consumer drains, every new notification was
 * delivered exactly once, the consumer read every slot's final value (no lost update) and the
 * queue is empty; no producer threw.
 *
 * <p>Runs {@value #DEFAULT_SECONDS} s per backend; {@code -Dnotify.soak.seconds=N} runs it for
 * N seconds per backend.
 */
@Tag("soak")
class SoakTest {

    private static final int PRODUCERS = 3;
    private static final int CAPACITY = 96;
    private static final String DEFAULT_SECONDS = "2";

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void soak(String backend) throws InterruptedException {
        final Duration duration = duration();
        final EventQueue queue = EventQueue.create(CAPACITY, backend);
        final long[] slots = new long[CAPACITY];
        final LongAdder notifies = new LongAdder();
        final LongAdder queued = new LongAdder();
        final CountDownLatch started = new CountDownLatch(PRODUCERS);
        final ProducerThreads producers = new ProducerThreads();
        final List<SoakProducer> sources = new ArrayList<>();
        final SoakConsumer consumer = new SoakConsumer(backend, slots);
        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(CAPACITY);
        final long start = System.nanoTime();
        try {
            for (int p = 0; p < PRODUCERS; p++) {
                final SoakProducer source = new SoakProducer(p, PRODUCERS,
                    queue.notifier()::notify, slots, notifies, queued, started,
                    producers::running);
                sources.add(source);
                producers.start(source);
            }
            started.await();
            final SplittableRandom random = new SplittableRandom(42);
            final long deadline = start + duration.toNanos();
            while (System.nanoTime() < deadline && producers.failure() == null) {
                final int limit = random.nextInt(8) == 0 ? Integer.MAX_VALUE
                    : random.nextInt(CAPACITY + CAPACITY / 2);
                consumer.accept(events, limit == Integer.MAX_VALUE ? poller.poll(events)
                    : poller.poll(events, limit), limit);
                consumer.assertBacklogWithinCapacity(queued.sum());
            }
        } finally {
            producers.stopAndJoin();
        }
        if (producers.failure() != null) {
            fail(backend + ": a producer failed", producers.failure());
        }
        consumer.accept(events, poller.poll(events), Integer.MAX_VALUE);
        final long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(0, poller.poll(events), backend + ": tokens left after the final drain");
        assertTrue(poller.isEmpty(), backend + ": isEmpty() after the final drain");
        assertEquals(queued.sum(), consumer.total(), backend
            + ": deliveries differ from new notifications");
        final long[] finalValues = new long[CAPACITY];
        for (int t = 0; t < CAPACITY; t++) {
            finalValues[t] = sources.get(t % PRODUCERS).written()[t];
        }
        consumer.assertReadFinalValues(finalValues);
        System.out.printf(
            "soak %-8s %6d ms: notifies %,d (new %,d), polls %,d, tokens delivered %,d%n",
            backend, elapsedMillis, notifies.sum(), queued.sum(), consumer.polls(),
            consumer.total());
    }

    /**
     * Returns how long each backend's soak runs: {@code -Dnotify.soak.seconds}, default
     * {@value #DEFAULT_SECONDS} s.
     *
     * @return the run time per backend
     */
    static Duration duration() {
        return Duration.ofMillis(Math.round(1000 * Double.parseDouble(
            System.getProperty("notify.soak.seconds", DEFAULT_SECONDS))));
    }
}
