package io.nexus.notify.demo;

import io.nexus.notify.EventQueue;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.value.LatestLongs;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * One run of the demo, start to verdict: sets up the channel and the ticks, starts the
 * consumer and the feeds, prints the figures once a second, then stops the feeds, closes the
 * channel, waits until the consumer has drained it and seen {@code CLOSED}, prints the totals
 * and checks the consumer's final view.
 */
final class DemoRun {

    static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Mixed into each feed's index to seed its random walk. */
    private static final long SEED = 0x9E3779B97F4A7C15L;

    private DemoRun() {
    }

    /**
     * Runs the demo.
     *
     * @param options the settings
     * @param out     where the figures and the verdict go
     * @return the outcome
     * @throws IllegalArgumentException if the backend is unknown or unavailable
     * @throws InterruptedException     if the calling thread is interrupted while it waits
     */
    static DemoResult run(DemoOptions options, PrintStream out) throws InterruptedException {
        final int instruments = options.instruments();
        final EventQueue queue = EventQueue.create(instruments, options.backend());
        final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        final EventChannel channel = EventChannel.over(queue);
        try {
            final LatestLongs ticks = LatestLongs.over(channel.sender(), instruments,
                Tick.WIDTH);
            final TickTable published = new TickTable(instruments);
            final TickTable view = new TickTable(instruments);
            final SingleWriterRecorder latency = new SingleWriterRecorder(1,
                Consumer.MAX_LATENCY_NANOS, 3);
            final Consumer consumer = new Consumer(channel.receiver(), ticks, view, latency);
            out.println(String.format(Locale.ROOT, "market-data demo: %d feeds, %,d instruments,"
                    + " %,d updates/s for %d s; LatestLongs (bid, ask, size, time) over an"
                    + " EventChannel, backend %s", options.feeds(), instruments, options.rate(),
                options.seconds(), queue.backend()));

            final Thread consumerThread = start("consumer", consumer, failures);
            final long start = System.nanoTime();
            final List<Feed> feeds = feeds(options, ticks::publish, published, start);
            final List<Thread> feedThreads = new ArrayList<>();
            for (int f = 0; f < feeds.size(); f++) {
                feedThreads.add(start("feed-" + f, feeds.get(f), failures));
            }

            final StatsPrinter stats = new StatsPrinter(out, () -> StatsPrinter.updates(feeds),
                consumer, latency,
                options.seconds(), start);
            for (int s = 1; s <= options.seconds(); s++) {
                waitUntil(start + s * NANOS_PER_SECOND);
                stats.interval(s);
            }

            feeds.forEach(Feed::stop);
            for (Thread t : feedThreads) {
                t.join();
            }
            final long end = System.nanoTime();
            channel.close();
            consumerThread.join();
            stats.total(end);
            return new DemoResult(FinalCheck.of(published, view), new ArrayList<>(failures));
        } finally {
            channel.close();   // idempotent; here for a run that ends with an exception
        }
    }

    /**
     * Makes the feeds: feed {@code f} owns the instruments
     * {@code [f * M / N, (f + 1) * M / N)} and publishes {@code rate * (f + 1) / N - rate * f / N}
     * of them per second.
     */
    static List<Feed> feeds(DemoOptions options, TickSink ticks, TickTable published,
            long start) {
        final int n = options.feeds();
        final long m = options.instruments();
        final long rate = options.rate();
        final List<Feed> feeds = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            final int first = (int) (m * f / n);
            final int next = (int) (m * (f + 1) / n);
            final long share = rate * (f + 1) / n - rate * f / n;
            feeds.add(new Feed(ticks, published, first, next - first, new Pacer(share, start),
                SEED * (f + 1)));
        }
        return feeds;
    }

    /** Starts a thread that records what it throws in {@code failures}. */
    static Thread start(String name, Runnable work, ConcurrentLinkedQueue<Throwable>
            failures) {
        final Thread t = new Thread(work, name);
        t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
        t.start();
        return t;
    }

    /** Waits until {@link System#nanoTime()} reaches {@code deadline}: a timer, not a signal. */
    static void waitUntil(long deadline) throws InterruptedException {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
