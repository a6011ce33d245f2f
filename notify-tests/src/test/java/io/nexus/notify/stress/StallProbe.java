package io.nexus.notify.stress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long a producer that is descheduled in the middle of a notify can hide the
 * tokens queued behind it (docs/progress.md). Not a test: it prints figures, which depend on
 * the machine and its load.
 *
 * <p>For each backend, {@code notify.stall.producers} threads (default
 * {@value #DEFAULT_PRODUCERS}) notify their own tokens ({@value #TOKENS_PER_PRODUCER} each) in
 * a tight loop for {@code notify.stall.seconds} (default {@value #DEFAULT_SECONDS}). After each
 * notify that returns {@code true} a producer records {@link System#nanoTime()}. The consumer
 * polls without pause. A poll that finds nothing although some notify had returned before the
 * poll started is a <em>stalled</em> poll; consecutive stalled polls form a run. No poll of a
 * run delivers anything, so the notify that was undelivered at its first poll is still
 * undelivered at its last: a run's length, from the start of its first poll to the start of
 * its last, is a lower bound on how long that notify was hidden while the consumer kept
 * polling. Per backend it prints the longest run (time and polls), the number of runs and how
 * many lasted over 1 ms, and the <em>longest wait</em>: the most time by which a stalled poll
 * started after the return of a notify it did not deliver, an upper figure that also counts
 * time the consumer itself spent off its CPU before that poll.
 *
 * <p>It also checks two contracts and exits with status 1 if either fails: during a stalled
 * poll {@link Poller#isEmpty()} is {@code false} (the hidden token is still queued), and
 * after the producers stop, a final poll delivers every notify that returned {@code true}.
 *
 * <p>Run it with the test class path of notify-tests, from the repository root:
 * <pre>
 * mvn -B -q -pl notify-tests -am test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=$PWD/deps.txt
 * java --add-exports java.base/jdk.internal.misc=ALL-UNNAMED \
 *     -cp "notify-tests/target/test-classes:notify-tests/target/classes:$(cat deps.txt)" \
 *     io.nexus.notify.stress.StallProbe [backend ...]
 * </pre>
 * Without arguments it probes every available backend.
 */
public final class StallProbe {

    private static final int DEFAULT_PRODUCERS = 16;
    private static final String DEFAULT_SECONDS = "3";
    private static final int TOKENS_PER_PRODUCER = 64;

    /** Stamps kept per producer: more than it can have undelivered (one per token it owns). */
    private static final int STAMPS = 128;

    /** Stands for "no notify awaits delivery" where a time is expected. */
    private static final long NONE = Long.MIN_VALUE;

    private StallProbe() {
    }

    /**
     * Probes the backends named, or every available one.
     *
     * @param args backend names; none for all available backends
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        final List<String> backends = args.length == 0 ? EventQueue.availableBackends()
            : List.of(args);
        final int producers = Integer.getInteger("notify.stall.producers", DEFAULT_PRODUCERS);
        final long nanos = Math.round(1e9 * Double.parseDouble(
            System.getProperty("notify.stall.seconds", DEFAULT_SECONDS)));
        System.out.printf("stall probe: %d producers, %d CPUs, load average %.2f, %.1f s per"
                + " backend, Java %s%n",
            producers, Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), nanos / 1e9,
            Runtime.version());
        boolean broken = false;
        for (String backend : backends) {
            final Result result = probe(EventQueue.create(producers * TOKENS_PER_PRODUCER,
                backend), producers, nanos);
            System.out.println(result.describe(backend));
            broken |= result.broken();
        }
        if (broken) {
            System.exit(1);
        }
    }

    private static Result probe(EventQueue queue, int producers, long nanos)
            throws InterruptedException {
        final Poller poller = queue.poller();
        final Producer[] crew = new Producer[producers];
        final CountDownLatch started = new CountDownLatch(producers);
        final List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            crew[p] = new Producer(p, producers, queue.notifier(), started);
            final Thread thread = new Thread(crew[p], "stall-producer-" + p);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        started.await();
        final Result result = new Result();
        final long[] delivered = new long[producers];
        final Events events = Events.withCapacity(queue.capacity());
        final long deadline = System.nanoTime() + nanos;
        long runStart = -1;
        long runLast = 0;
        long runPolls = 0;
        long start;
        while ((start = System.nanoTime()) - deadline < 0) {
            final int n = poller.poll(events);
            result.polls++;
            if (n > 0) {
                for (int i = 0; i < n; i++) {
                    delivered[events.index(i) % producers]++;
                }
                if (runStart >= 0) {
                    result.endRun(runLast - runStart, runPolls);
                    runStart = -1;
                    runPolls = 0;
                }
                continue;
            }
            final long oldest = oldestUndelivered(crew, delivered);
            if (oldest == NONE || oldest - start >= 0) {
                continue;
            }
            // A notify returned before this poll started and the poll found nothing.
            result.stalledPolls++;
            result.longestWait = Math.max(result.longestWait, start - oldest);
            if (poller.isEmpty()) {
                result.isEmptyViolations++;
            }
            if (runStart < 0) {
                runStart = start;
            }
            runLast = start;
            runPolls++;
        }
        if (runStart >= 0) {
            result.endRun(runLast - runStart, runPolls);
        }
        for (Producer producer : crew) {
            producer.stop();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        final int n = poller.poll(events);
        for (int i = 0; i < n; i++) {
            delivered[events.index(i) % producers]++;
        }
        for (int p = 0; p < producers; p++) {
            result.notifies += crew[p].notifies();
            result.recorded += crew[p].recorded();
            result.delivered += delivered[p];
            if (crew[p].recorded() != delivered[p]) {
                result.lostProducers++;
            }
        }
        return result;
    }

    /**
     * Returns when the notify of the oldest token still awaiting delivery returned, or
     * {@link #NONE}. A producer's tokens are delivered in the order it queued them (FIFO), so
     * its first recorded notify not yet delivered is number {@code delivered[p]}.
     */
    private static long oldestUndelivered(Producer[] crew, long[] delivered) {
        long oldest = NONE;
        for (int p = 0; p < crew.length; p++) {
            if (crew[p].recorded() > delivered[p]) {
                final long stamp = crew[p].stamp(delivered[p]);
                if (oldest == NONE || stamp - oldest < 0) {
                    oldest = stamp;
                }
            }
        }
        return oldest;
    }

    /** One producer: notifies random tokens of its own and stamps each that was queued. */
    private static final class Producer implements Runnable {

        private final int id;
        private final int producers;
        private final Notifier notifier;
        private final CountDownLatch started;
        private final long[] stamps = new long[STAMPS];
        /** How many notifies returned true; written with release after the stamp. */
        private final AtomicLong recorded = new AtomicLong();
        private volatile boolean running = true;
        private long notifies;

        Producer(int id, int producers, Notifier notifier, CountDownLatch started) {
            this.id = id;
            this.producers = producers;
            this.notifier = notifier;
            this.started = started;
        }

        @Override
        public void run() {
            final SplittableRandom random = new SplittableRandom(id);
            long count = 0;
            long calls = 0;
            started.countDown();
            while (running) {
                final int t = id + producers * random.nextInt(TOKENS_PER_PRODUCER);
                calls++;
                if (notifier.notify(t)) {
                    stamps[(int) (count % STAMPS)] = System.nanoTime();
                    recorded.setRelease(++count);
                }
            }
            notifies = calls;
        }

        /** The number of notifies made; read after the thread has been joined. */
        long notifies() {
            return notifies;
        }

        /** Read by the consumer with acquire, so the stamps below it are visible. */
        long recorded() {
            return recorded.getAcquire();
        }

        /** The time the {@code n}-th queued notify returned; valid while undelivered. */
        long stamp(long n) {
            return stamps[(int) (n % STAMPS)];
        }

        void stop() {
            running = false;
        }
    }

    /** The figures of one backend. */
    private static final class Result {
        long polls;
        long stalledPolls;
        long runs;
        long runsOverOneMilli;
        long longestRun;
        long longestRunPolls;
        long longestWait;
        long isEmptyViolations;
        long notifies;
        long recorded;
        long delivered;
        long lostProducers;

        void endRun(long nanos, long polls) {
            runs++;
            if (nanos > TimeUnit.MILLISECONDS.toNanos(1)) {
                runsOverOneMilli++;
            }
            if (nanos > longestRun) {
                longestRun = nanos;
                longestRunPolls = polls;
            }
        }

        boolean broken() {
            return isEmptyViolations != 0 || lostProducers != 0;
        }

        String describe(String backend) {
            return String.format("%-8s longest run of stalled polls %.3f ms (%,d polls); runs %,d,"
                    + " over 1 ms %,d; longest wait %.3f ms; stalled polls %,d of %,d;"
                    + " isEmpty() true while stalled %d; notifies %,d, queued %,d, delivered %,d%s",
                backend, longestRun / 1e6, longestRunPolls, runs, runsOverOneMilli,
                longestWait / 1e6, stalledPolls, polls, isEmptyViolations, notifies, recorded,
                delivered,
                lostProducers == 0 ? "" : "; LOST tokens of " + lostProducers + " producers");
        }
    }
}
