package io.nexus.notify.demo;

import io.nexus.notify.EventQueue;
import io.nexus.notify.aeron.EmbeddedDriver;
import io.nexus.notify.aeron.LongsSubscriber;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.value.LatestLongs;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.SingleWriterRecorder;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;

/**
 * One run of {@code ./demo --across ipc|udp}: the feeds run in a child JVM
 * ({@link AcrossFeeds}) and send their ticks with a {@code LongsPublisher}; here a
 * {@link LongsSubscriber} applies them into the consumer's {@link LatestLongs} over an
 * {@link EventChannel}, and the consumer, the figures and the final check are the in-process
 * demo's. IPC goes through this JVM's embedded driver; UDP runs on loopback with a driver in
 * each JVM. The final check compares fields: the consumer's versions count the ticks that
 * arrived here, not the ticks published.
 */
final class AcrossRun {

    private static final int STREAM = 1001;
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private AcrossRun() {
    }

    /**
     * Runs the demo across processes.
     *
     * @param options the settings, {@code across} set
     * @param out     where the figures and the verdict go
     * @return the outcome
     * @throws Exception if the child cannot be started or read, or the wait is interrupted
     */
    static DemoResult run(DemoOptions options, PrintStream out) throws Exception {
        final boolean udp = options.across().equals("udp");
        final int instruments = options.instruments();
        final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        final Path ticksFile = Files.createTempFile("notify-demo-ticks", ".bin");
        final EventChannel channel = EventChannel.over(EventQueue.create(instruments,
            options.backend()));
        try (EmbeddedDriver driver = EmbeddedDriver.launch()) {
            final LatestLongs ticks = LatestLongs.over(channel.sender(), instruments,
                Tick.WIDTH);
            final LongsSubscriber subscriber = LongsSubscriber.create(driver.aeron(),
                udp ? "aeron:udp?endpoint=localhost:0" : "aeron:ipc", STREAM, ticks);
            final AgentRunner runner = new AgentRunner(new BackoffIdleStrategy(), failures::add,
                null, subscriber);
            AgentRunner.startOnThread(runner);
            final String publisherChannel = udp
                ? "aeron:udp?endpoint=" + resolvedEndpoint(subscriber) : "aeron:ipc";
            final Path childDirectory = EmbeddedDriver.newDirectory();
            final Process child = startChild(options, udp ? "embedded:" + childDirectory
                : "connect:" + driver.directory(), publisherChannel, ticksFile);
            final ChildOutput childOutput = new ChildOutput(child, out);
            try {
                final TickTable view = new TickTable(instruments);
                final SingleWriterRecorder latency = new SingleWriterRecorder(1,
                    Consumer.MAX_LATENCY_NANOS, 3);
                final Consumer consumer = new Consumer(channel.receiver(), ticks, view, latency);
                final Thread consumerThread = DemoRun.start("consumer", consumer, failures);
                childOutput.ready.await(WAIT_NANOS, TimeUnit.NANOSECONDS);
                final long start = System.nanoTime();
                out.println(String.format(Locale.ROOT, "market-data demo across %s: %d feeds in"
                        + " child JVM %d, %,d instruments, %,d updates/s for %d s; LongsPublisher"
                        + " there, LongsSubscriber into LatestLongs over an EventChannel here",
                    options.across(), options.feeds(), child.pid(), instruments, options.rate(),
                    options.seconds()));
                final StatsPrinter stats = new StatsPrinter(out, childOutput.updates::get,
                    consumer, latency, options.seconds(), start);
                for (int s = 1; s <= options.seconds(); s++) {
                    DemoRun.waitUntil(start + s * DemoRun.NANOS_PER_SECOND);
                    stats.interval(s);
                }
                if (!childOutput.done.await(WAIT_NANOS, TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException("the feed process did not finish");
                }
                final long end = System.nanoTime();
                final TickTable published = read(ticksFile, instruments);
                awaitArrived(ticks, published);
                channel.close();
                consumerThread.join();
                stats.total(end);
                out.println("subscriber: " + subscriber.counters());
                return new DemoResult(FinalCheck.ofFields(published, view),
                    new ArrayList<>(failures));
            } finally {
                child.getOutputStream().close();
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
                runner.close();
            }
        } finally {
            channel.close();   // idempotent; here for a run that ends with an exception
            Files.deleteIfExists(ticksFile);
        }
    }

    private static String resolvedEndpoint(LongsSubscriber subscriber) {
        final long end = System.nanoTime() + WAIT_NANOS;
        while (subscriber.resolvedEndpoint() == null) {
            if (System.nanoTime() - end > 0) {
                throw new IllegalStateException("the UDP subscription did not bind");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return subscriber.resolvedEndpoint();
    }

    private static Process startChild(DemoOptions options, String driverArg, String channel,
                                      Path ticksFile) throws IOException {
        final List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "-cp", System.getProperty("java.class.path"),
            AcrossFeeds.class.getName(), driverArg, channel, Integer.toString(STREAM),
            ticksFile.toString(),
            "--feeds", Integer.toString(options.feeds()),
            "--instruments", Integer.toString(options.instruments()),
            "--rate", Long.toString(options.rate()),
            "--seconds", Integer.toString(options.seconds())));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits until every instrument's last published tick has been applied here. */
    private static void awaitArrived(LatestLongs ticks, TickTable published) {
        final long[] tick = new long[Tick.WIDTH];
        final long end = System.nanoTime() + WAIT_NANOS;
        for (int i = 0; i < published.instruments(); i++) {
            while (true) {
                ticks.read(i, tick);
                if (tick[Tick.TIME] == published.field(i, Tick.TIME)
                    || System.nanoTime() - end > 0) {
                    break;
                }
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
            }
        }
    }

    private static TickTable read(Path file, int instruments) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
            Files.newInputStream(file)))) {
            return TickTable.readFrom(in, instruments);
        }
    }

    /** Reads the child's output: update counts, readiness, the end; echoes anything else. */
    private static final class ChildOutput {
        final AtomicLong updates = new AtomicLong();
        final CountDownLatch ready = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);

        ChildOutput(Process child, PrintStream out) {
            final Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("SENT ")) {
                            updates.set(Long.parseLong(line.substring(5)));
                        } else if (line.equals("READY")) {
                            ready.countDown();
                        } else if (line.startsWith("DONE")) {
                            out.println("publisher: " + line.substring(4).trim());
                            done.countDown();
                        } else {
                            out.println("feed process: " + line);
                        }
                    }
                } catch (IOException e) {
                    out.println("feed process output unreadable: " + e);
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }
    }
}
