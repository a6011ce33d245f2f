package io.nexus.notify.demo;

import io.aeron.Aeron;
import io.nexus.notify.aeron.EmbeddedDriver;
import io.nexus.notify.aeron.LongsPublisher;
import io.nexus.notify.aeron.PublisherCounters;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agrona.CloseHelper;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * The feed process of {@code ./demo --across}: the demo's feeds publish into a
 * {@link LongsPublisher}, whose duty cycle runs on the main thread. Prints {@code READY},
 * then {@code SENT <updates>} ten times a second; after the run it sends every pending tick,
 * writes the last tick published per instrument to a file, prints {@code DONE} and keeps the
 * publication up (heartbeats) until its standard input ends.
 *
 * <p>Arguments: {@code connect:<dir>} (a client of the driver in {@code dir}) or
 * {@code embedded:<dir>} (a driver of its own there), the channel, the stream, the file for
 * the last ticks, then the demo's options ({@code --feeds}, {@code --instruments},
 * {@code --rate}, {@code --seconds}).
 */
public final class AcrossFeeds {

    private static final long REPORT_NANOS = 100_000_000L;

    private static volatile boolean parentGone;

    private AcrossFeeds() {
    }

    /**
     * Runs the feed process.
     *
     * @param args the driver, channel, stream, file and demo options
     * @throws Exception if anything fails; the process exits non-zero
     */
    public static void main(String[] args) throws Exception {
        final String driverArg = args[0];
        final String channel = args[1];
        final int stream = Integer.parseInt(args[2]);
        final Path file = Path.of(args[3]);
        final DemoOptions options = DemoOptions.parse(Arrays.copyOfRange(args, 4, args.length));
        EmbeddedDriver driver = null;
        final Aeron aeron;
        if (driverArg.startsWith("embedded:")) {
            driver = EmbeddedDriver.launch(EmbeddedDriver.context()
                .aeronDirectoryName(driverArg.substring("embedded:".length())));
            aeron = driver.aeron();
        } else {
            aeron = Aeron.connect(new Aeron.Context()
                .aeronDirectoryName(driverArg.substring("connect:".length())));
        }
        try (LongsPublisher publisher = LongsPublisher.create(aeron, channel, stream,
            options.instruments(), Tick.WIDTH)) {
            run(publisher, options, file);
        } finally {
            if (driver != null) {
                driver.close();
            } else {
                CloseHelper.close(aeron);
            }
        }
    }

    private static void run(LongsPublisher publisher, DemoOptions options, Path file)
        throws Exception {
        final Thread stdin = new Thread(AcrossFeeds::awaitEndOfInput, "stdin");
        stdin.setDaemon(true);
        stdin.start();
        final IdleStrategy idle = new BackoffIdleStrategy();
        final TickTable published = new TickTable(options.instruments());
        final long start = System.nanoTime();
        final List<Feed> feeds = DemoRun.feeds(options, publisher::publish, published, start);
        final List<Thread> threads = new ArrayList<>();
        for (int f = 0; f < feeds.size(); f++) {
            final Thread t = new Thread(feeds.get(f), "feed-" + f);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        System.out.println("READY");
        final long end = start + options.seconds() * DemoRun.NANOS_PER_SECOND;
        long nextReport = start;
        while (System.nanoTime() - end < 0 && !parentGone) {
            idle.idle(publisher.doWork());
            if (System.nanoTime() - nextReport >= 0) {
                System.out.println("SENT " + StatsPrinter.updates(feeds));
                nextReport += REPORT_NANOS;
            }
        }
        feeds.forEach(Feed::stop);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("SENT " + StatsPrinter.updates(feeds));
        flush(publisher, idle);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
            Files.newOutputStream(file)))) {
            published.writeTo(out);
        }
        System.out.println("DONE " + publisher.counters());
        while (!parentGone) {
            idle.idle(publisher.doWork());
        }
    }

    /** Runs the duty cycle until it sends nothing and was not refused: the outbox is empty. */
    private static void flush(LongsPublisher publisher, IdleStrategy idle) {
        while (!parentGone) {
            final PublisherCounters before = publisher.counters();
            final int sent = publisher.doWork();
            final PublisherCounters after = publisher.counters();
            if (sent == 0 && after.backPressured() == before.backPressured()
                && after.notConnected() == before.notConnected()) {
                return;
            }
            idle.idle(sent);
        }
    }

    private static void awaitEndOfInput() {
        try (InputStream in = System.in) {
            while (in.read() >= 0) {
                continue;
            }
        } catch (IOException e) {
            // The parent is gone: stop as well.
        }
        parentGone = true;
    }
}
