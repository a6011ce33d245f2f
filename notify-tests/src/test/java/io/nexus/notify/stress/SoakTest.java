package io.nexus.notify.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Soak: {@value #PRODUCERS} producers write sequence numbers into per-token slots and notify,
 * while one consumer polls with random limits and reads the slots of the tokens it gets.
 *
 * <p>Each producer owns the tokens {@code t} with {@code t % PRODUCERS == p}, so a slot has one
 * writer and its last written value is known. Slots are written and read with opaque access:
 * no ordering of their own, so only the queue's happens-before contract makes a producer's
 * write visible to the consumer.
 *
 * <p>Checked for every backend: no poll returns a token twice or more tokens than the
 * capacity or its limit; the tokens newly queued minus the tokens delivered never exceed the
 * capacity; after the producers stop and the consumer drains, every token was delivered as
 * often as a notify newly queued it, and the consumer read every slot's final value (no lost
 * update); no producer threw.
 *
 * <p>Runs {@value #DEFAULT_SECONDS} s per backend; {@code -Dnotify.soak.seconds=N} runs it for
 * N seconds per backend.
 */
@Tag("soak")
class SoakTest {

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    private static final int PRODUCERS = 3;
    private static final int CAPACITY = 96;
    private static final String DEFAULT_SECONDS = "2";

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void soak(String backend) throws InterruptedException {
        final Duration duration = Duration.ofMillis(Math.round(1000 * Double.parseDouble(
            System.getProperty("notify.soak.seconds", DEFAULT_SECONDS))));
        final EventQueue queue = EventQueue.create(CAPACITY, backend);
        final long[] slots = new long[CAPACITY];
        final long[][] written = new long[PRODUCERS][CAPACITY];
        final LongAdder notifies = new LongAdder();
        final LongAdder queued = new LongAdder();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final CountDownLatch started = new CountDownLatch(PRODUCERS);
        final Producers producers = new Producers();
        for (int p = 0; p < PRODUCERS; p++) {
            producers.start(new Producer(p, queue.notifier(), slots, written[p], notifies, queued,
                started, producers), failure);
        }
        started.await();

        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(CAPACITY);
        final long[] lastRead = new long[CAPACITY];
        final long[] delivered = new long[CAPACITY];
        final int[] seenInPoll = new int[CAPACITY];
        final SplittableRandom random = new SplittableRandom(42);
        long polls = 0;
        long total = 0;
        final long start = System.nanoTime();
        final long deadline = start + duration.toNanos();
        while (System.nanoTime() < deadline && failure.get() == null) {
            polls++;
            final int limit = random.nextInt(8) == 0 ? Integer.MAX_VALUE
                : random.nextInt(CAPACITY + CAPACITY / 2);
            final int n = limit == Integer.MAX_VALUE ? poller.poll(events) : poller.poll(events, limit);
            total += consume(events, n, limit, polls, slots, lastRead, delivered, seenInPoll);
            final long backlog = queued.sum() - total;
            assertTrue(backlog <= CAPACITY, () -> backend + ": " + backlog
                + " tokens newly queued but not delivered, more than the capacity " + CAPACITY);
        }
        producers.stopAndJoin();
        if (failure.get() != null) {
            fail(backend + ": a producer failed", failure.get());
        }
        polls++;
        total += consume(events, poller.poll(events), Integer.MAX_VALUE, polls, slots, lastRead,
            delivered, seenInPoll);
        final long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(0, poller.poll(events), backend + ": tokens left after the final drain");
        assertEquals(queued.sum(), total, backend + ": deliveries differ from new notifications");
        for (int t = 0; t < CAPACITY; t++) {
            assertEquals(written[t % PRODUCERS][t], lastRead[t], backend + ": token " + t
                + " lost its last update (delivered " + delivered[t] + " times)");
        }
        System.out.printf("soak %-8s %6d ms: notifies %,d (new %,d), polls %,d, tokens delivered %,d%n",
            backend, elapsedMillis, notifies.sum(), queued.sum(), polls, total);
    }

    /** Checks one poll's tokens and reads their slots; returns how many it delivered. */
    private static int consume(Events events, int n, int limit, long poll, long[] slots,
                               long[] lastRead, long[] delivered, int[] seenInPoll) {
        assertEquals(events.size(), n, "poll's return value differs from the events it filled");
        assertTrue(n <= limit, () -> "poll returned " + n + " tokens with limit " + limit);
        final int stamp = (int) poll;
        for (int i = 0; i < n; i++) {
            final int t = events.index(i);
            if (seenInPoll[t] == stamp) {
                fail("poll " + poll + " returned token " + t + " twice: " + describe(events));
            }
            seenInPoll[t] = stamp;
            // Opaque: the queue alone must make the producer's write visible.
            final long value = (long) SLOT.getOpaque(slots, t);
            assertTrue(value >= lastRead[t], () -> "token " + t + " slot went back from "
                + lastRead[t] + " to " + value);
            lastRead[t] = value;
            delivered[t]++;
        }
        assertTrue(n <= CAPACITY, () -> "poll returned " + n + " tokens, capacity " + CAPACITY);
        return n;
    }

    private static String describe(Events events) {
        final StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < events.size() && i < 32; i++) {
            s.append(i == 0 ? "" : ", ").append(events.index(i));
        }
        return s.append(events.size() > 32 ? ", ...]" : "]").toString();
    }

    /** One producer: writes the next sequence number into one of its tokens' slots, notifies. */
    private static final class Producer implements Runnable {
        private final int id;
        private final Notifier notifier;
        private final long[] slots;
        private final long[] written;
        private final LongAdder notifies;
        private final LongAdder queued;
        private final CountDownLatch started;
        private final Producers producers;

        Producer(int id, Notifier notifier, long[] slots, long[] written, LongAdder notifies,
                 LongAdder queued, CountDownLatch started, Producers producers) {
            this.id = id;
            this.notifier = notifier;
            this.slots = slots;
            this.written = written;
            this.notifies = notifies;
            this.queued = queued;
            this.started = started;
            this.producers = producers;
        }

        @Override
        public void run() {
            final SplittableRandom random = new SplittableRandom(id);
            final int owned = (CAPACITY - id + PRODUCERS - 1) / PRODUCERS;
            long sequence = 0;
            started.countDown();
            while (producers.running()) {
                final int t = id + PRODUCERS * random.nextInt(owned);
                sequence++;
                // Opaque: no ordering of its own; notify must publish it.
                SLOT.setOpaque(slots, t, sequence);
                written[t] = sequence;
                notifies.increment();
                if (notifier.notify(t)) {
                    queued.increment();
                }
            }
        }
    }

    /** The producer threads and their stop flag. */
    private static final class Producers {
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        boolean running() {
            return running;
        }

        void start(Runnable producer, AtomicReference<Throwable> failure) {
            final Thread thread = new Thread(() -> {
                try {
                    producer.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "soak-producer-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }

        void stopAndJoin() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }
}
