package io.nexus.notify.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Poller;
import io.nexus.notify.value.LatestLongs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Value soak: {@value #PRODUCERS} producers publish ticks into a {@link LatestLongs} of width
 * 4, each on any token, so several writers share every token; one consumer polls with random
 * limits and reads the tuple of each token it gets.
 *
 * <p>All four fields of a tick derive from one stamp (the producer's number and its sequence
 * number) and the token, so a read that mixes two writes is detected.
 *
 * <p>Checked for every backend, on every read: no torn tuple; a token's version never goes
 * backwards, the same version reads the same tuple, and a newer version written by a producer
 * seen before on that token carries a newer sequence number of that producer. At the end,
 * after the producers stop and the consumer drains: each publish that queued its token was
 * delivered once, and for every token the consumer's last read has the version that counts
 * every write to it and the tuple of the last write (a producer's last write to the token,
 * and the token's current tuple); no producer threw.
 *
 * <p>Runs as long as {@link SoakTest} per backend ({@code -Dnotify.soak.seconds=N}); a soak
 * that has not ended a minute after that fails (a write lock left held would hang it).
 */
@Tag("soak")
class ValueSoakTest {

    private static final int PRODUCERS = 3;
    private static final int CAPACITY = 32;
    private static final int WIDTH = 4;
    private static final int SEQUENCE_BITS = 40;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    /** How much longer than its run time a soak may take before it counts as hung. */
    private static final Duration HANG_MARGIN = Duration.ofSeconds(60);

    static List<String> backends() {
        return EventQueue.availableBackends();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void soak(String backend) {
        final Duration duration = SoakTest.duration();
        // A read or a write waits while another write holds the token's lock: a lock left
        // held must fail the soak, not hang it.
        assertTimeoutPreemptively(duration.plus(HANG_MARGIN), () -> run(backend, duration));
    }

    /**
     * Runs the soak on one backend for a while, then drains and checks the final view.
     *
     * @param backend  the backend's name
     * @param duration how long the producers run
     * @throws InterruptedException if interrupted
     */
    private static void run(String backend, Duration duration) throws InterruptedException {
        final EventQueue queue = EventQueue.create(CAPACITY, backend);
        final LatestLongs ticks = LatestLongs.over(queue.notifier(), CAPACITY, WIDTH);
        final CountDownLatch started = new CountDownLatch(PRODUCERS);
        final ProducerThreads producers = new ProducerThreads();
        final List<TickProducer> sources = new ArrayList<>();
        final TickConsumer consumer = new TickConsumer(backend, ticks);
        final Poller poller = queue.poller();
        final Events events = Events.withCapacity(CAPACITY);
        final long start = System.nanoTime();
        try {
            for (int p = 0; p < PRODUCERS; p++) {
                final TickProducer source =
                    new TickProducer(p, ticks, started, producers::running);
                sources.add(source);
                producers.start(source);
            }
            started.await();
            final SplittableRandom random = new SplittableRandom(42);
            final long deadline = start + duration.toNanos();
            while (System.nanoTime() < deadline && producers.failure() == null) {
                final int limit = random.nextInt(8) == 0 ? Integer.MAX_VALUE
                    : random.nextInt(CAPACITY + CAPACITY / 2);
                consumer.accept(events, poller.poll(events, limit));
            }
        } finally {
            producers.stopAndJoin();
        }
        if (producers.failure() != null) {
            fail(backend + ": a producer failed", producers.failure());
        }
        consumer.accept(events, poller.poll(events));
        final long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(0, poller.poll(events), backend + ": tokens left after the final drain");
        long publishes = 0;
        long queued = 0;
        for (TickProducer source : sources) {
            publishes += source.publishes;
            queued += source.queued;
        }
        assertEquals(queued, consumer.delivered, backend
            + ": deliveries differ from the publishes that queued their token");
        final long[] tuple = new long[WIDTH];
        for (int t = 0; t < CAPACITY; t++) {
            long writes = 0;
            for (TickProducer source : sources) {
                writes += source.writes[t];
            }
            assertEquals(writes, consumer.versions[t], backend + ": token " + t
                + ": the consumer's last version is not the number of writes");
            final long stamp = consumer.stamps[t];
            if (writes > 0) {
                final int p = (int) (stamp >>> SEQUENCE_BITS);
                assertEquals(sources.get(p).last[t], stamp, backend + ": token " + t
                    + ": the consumer's last tuple is not producer " + p + "'s last write");
            }
            assertEquals(writes, ticks.read(t, tuple), backend + ": version of token " + t);
            assertEquals(stamp, tuple[0], backend + ": token " + t
                + ": the consumer's view differs from the token's tuple");
        }
        System.out.printf("value soak %-8s %6d ms: publishes %,d (queued %,d), polls %,d,"
                + " reads %,d, %.1f publishes per read%n",
            backend, elapsedMillis, publishes, queued, consumer.polls, consumer.delivered,
            (double) publishes / Math.max(1, consumer.delivered));
    }

    /** Returns the stamp of a producer's write: its number above its sequence number. */
    private static long stamp(int producer, long sequence) {
        return (long) producer << SEQUENCE_BITS | sequence;
    }

    /**
     * One producer: until told to stop, picks any token at random and publishes its next
     * tick there. Its counts are read only after its thread has been joined.
     */
    private static final class TickProducer implements Runnable {
        final long[] writes = new long[CAPACITY];
        final long[] last = new long[CAPACITY];
        long publishes;
        long queued;
        private final int id;
        private final LatestLongs ticks;
        private final CountDownLatch started;
        private final BooleanSupplier running;

        TickProducer(int id, LatestLongs ticks, CountDownLatch started,
                     BooleanSupplier running) {
            this.id = id;
            this.ticks = ticks;
            this.started = started;
            this.running = running;
        }

        @Override
        public void run() {
            final SplittableRandom random = new SplittableRandom(id);
            long sequence = 0;
            started.countDown();
            while (running.getAsBoolean()) {
                final int t = random.nextInt(CAPACITY);
                final long stamp = stamp(id, ++sequence);
                if (ticks.publish(t, stamp, t, ~stamp, stamp * MIX)) {
                    queued++;
                }
                publishes++;
                writes[t]++;
                last[t] = stamp;
            }
        }
    }

    /** The consumer: reads every token a poll delivers and checks each tuple it reads. */
    private static final class TickConsumer {
        final long[] versions = new long[CAPACITY];
        final long[] stamps = new long[CAPACITY];
        long polls;
        long delivered;
        private final String backend;
        private final LatestLongs ticks;
        private final long[] tuple = new long[WIDTH];
        private final long[][] sequences = new long[CAPACITY][PRODUCERS];

        TickConsumer(String backend, LatestLongs ticks) {
            this.backend = backend;
            this.ticks = ticks;
        }

        /** Reads and checks the tokens of one poll. */
        void accept(Events events, int n) {
            polls++;
            if (events.size() != n) {
                fail(backend + ": poll returned " + n + " for " + events.size() + " tokens");
            }
            delivered += n;
            for (int i = 0; i < n; i++) {
                read(events.index(i));
            }
        }

        private void read(int t) {
            final long version = ticks.read(t, tuple);
            if (version == 0) {
                fail(backend + ": token " + t + " delivered unwritten");
            }
            final long stamp = tuple[0];
            if (tuple[1] != t || tuple[2] != ~stamp || tuple[3] != stamp * MIX) {
                fail(backend + ": token " + t + " version " + version + ": a torn tuple "
                    + Arrays.toString(tuple));
            }
            if (version < versions[t]) {
                fail(backend + ": token " + t + ": version " + version + " read after "
                    + versions[t]);
            }
            if (version == versions[t]) {
                assertEquals(stamps[t], stamp, backend + ": token " + t + ": version "
                    + version + " read with two tuples");
                return;
            }
            final int p = (int) (stamp >>> SEQUENCE_BITS);
            final long sequence = stamp & ((1L << SEQUENCE_BITS) - 1);
            if (sequence <= sequences[t][p]) {
                fail(backend + ": token " + t + ": producer " + p + "'s write " + sequence
                    + " read at version " + version + " after its write " + sequences[t][p]);
            }
            sequences[t][p] = sequence;
            versions[t] = version;
            stamps[t] = stamp;
        }
    }
}
