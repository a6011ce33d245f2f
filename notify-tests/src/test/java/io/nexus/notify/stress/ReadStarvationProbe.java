package io.nexus.notify.stress;

import io.nexus.notify.EventQueue;
import io.nexus.notify.value.LatestLongs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures how long one {@link LatestLongs#read} can take on the consumer thread while writers
 * publish one token without pause (docs/values.md, "What a read may wait for"). Not a test: it
 * prints figures, which depend on the machine and its load.
 *
 * <p>Arguments: writers, width, seconds (default {@code 12 64 5}), and {@code floor} to time
 * a loop that does not read the tuple (one load of the queue instead) under the same writers:
 * the scheduler's floor, how long the consumer thread itself can be kept off the CPU. The writers publish tuples
 * whose fields all hold the same count; the consumer reads the token in a loop, times each
 * read with {@link System#nanoTime()}, and checks that every tuple it read is one write's
 * (all fields equal). It prints the longest read, the 99.99th percentile, and how many reads
 * took over 1, 10 and 100 ms; it exits with status 1 if a torn tuple was read.
 *
 * <p>Run it with the test class path of notify-tests, as {@link StallProbe}:
 * <pre>
 * java -cp "notify-tests/target/test-classes:notify-tests/target/classes:$(cat deps.txt)" \
 *     io.nexus.notify.stress.ReadStarvationProbe 12 64 5
 * </pre>
 */
public final class ReadStarvationProbe {

    private ReadStarvationProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args writers, width, seconds
     * @throws InterruptedException if interrupted while waiting for the writers
     */
    public static void main(String[] args) throws InterruptedException {
        final int writers = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        final int width = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        final double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        final boolean floor = args.length > 3 && args[3].equals("floor");
        final EventQueue queue = EventQueue.create(1, "builtin");
        final LatestLongs longs = LatestLongs.over(queue.notifier(), 1, width);
        final CountDownLatch start = new CountDownLatch(1);
        final List<Thread> threads = new ArrayList<>();
        final AtomicBoolean stop = new AtomicBoolean();
        for (int w = 0; w < writers; w++) {
            final Thread t = new Thread(() -> {
                final long[] tuple = new long[width];
                long n = 0;
                awaitQuietly(start);
                while (!stop.get()) {
                    for (int k = 0; k < 1024; k++) {
                        n++;
                        Arrays.fill(tuple, n);
                        longs.publish(0, tuple);
                    }
                }
            }, "writer-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        final long[] into = new long[width];
        final long[] samples = new long[1 << 22];
        int count = 0;
        long longest = 0;
        long over1 = 0;
        long over10 = 0;
        long over100 = 0;
        long torn = 0;
        start.countDown();
        final long end = System.nanoTime() + (long) (seconds * 1e9);
        long now = System.nanoTime();
        while (now - end < 0) {
            final long before = now;
            if (floor) {
                into[0] = queue.poller().isEmpty() ? 0 : 1;
                Arrays.fill(into, into[0]);
            } else {
                longs.read(0, into);
            }
            now = System.nanoTime();
            final long took = now - before;
            for (int i = 1; i < width; i++) {
                if (into[i] != into[0]) {
                    torn++;
                    break;
                }
            }
            samples[count++ & (samples.length - 1)] = took;
            longest = Math.max(longest, took);
            over1 += took > 1_000_000 ? 1 : 0;
            over10 += took > 10_000_000 ? 1 : 0;
            over100 += took > 100_000_000 ? 1 : 0;
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        final long[] kept = Arrays.copyOf(samples, Math.min(count, samples.length));
        Arrays.sort(kept);
        final long p9999 = kept.length == 0 ? 0 : kept[(int) Math.min(kept.length - 1,
            Math.round(kept.length * 0.9999))];
        System.out.printf("%swriters=%d width=%d seconds=%.1f reads=%d longest=%.3f ms"
                + " p99.99=%.3f ms over1ms=%d over10ms=%d over100ms=%d torn=%d version=%d%n",
            floor ? "floor (no read) " : "", writers, width, seconds, count, longest / 1e6, p9999 / 1e6, over1, over10, over100,
            torn, longs.version(0));
        if (torn != 0) {
            System.exit(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
