package io.nexus.notify.aeron;

import io.aeron.Aeron;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.agrona.CloseHelper;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * The publisher process of the cross-process tests: two producer threads write every token's
 * tuple {@code {t, i, 31 * i + t, ~i}} for {@code i = 1, 2, ...}, each token owned by one
 * producer, while the main thread runs the {@link LongsPublisher}'s duty cycle. It stops,
 * closing everything, when its standard input ends.
 *
 * <p>Arguments: {@code connect:<dir>} (a client of the driver in {@code dir}) or
 * {@code embedded:<dir>} (a driver of its own there); the channel; the stream; the capacity;
 * the updates per token, {@code 0} for as many as there is time for. Prints
 * {@code READY <sessionId>} once created, {@code PUBLISHED} when the producers are done, and
 * {@code COUNTERS <counters>} when it stops.
 */
public final class ChildPublisher {

    /** The fields per tuple. */
    static final int WIDTH = 4;

    private static volatile boolean stop;

    private ChildPublisher() {
    }

    /**
     * Runs the publisher process.
     *
     * @param args the driver, channel, stream, capacity and updates per token
     * @throws Exception if anything fails; the process exits non-zero
     */
    public static void main(String[] args) throws Exception {
        final String driverArg = args[0];
        final String channel = args[1];
        final int stream = Integer.parseInt(args[2]);
        final int capacity = Integer.parseInt(args[3]);
        final long updates = Long.parseLong(args[4]);
        EmbeddedDriver driver = null;
        final Aeron aeron;
        if (driverArg.startsWith("embedded:")) {
            driver = EmbeddedDriver.launch(TestDrivers.context()
                .aeronDirectoryName(driverArg.substring("embedded:".length())));
            aeron = driver.aeron();
        } else {
            aeron = Aeron.connect(new Aeron.Context()
                .aeronDirectoryName(driverArg.substring("connect:".length())));
        }
        final LongsPublisher publisher = LongsPublisher.create(aeron, channel, stream, capacity,
            WIDTH, PublisherOptions.defaults().withHeartbeatInterval(Duration.ofMillis(50)));
        final Thread stdin = new Thread(ChildPublisher::awaitEndOfInput, "stdin");
        stdin.setDaemon(true);
        stdin.start();
        final Thread[] producers = new Thread[2];
        for (int p = 0; p < producers.length; p++) {
            final int producer = p;
            producers[p] = new Thread(() -> produce(publisher, producer, producers.length,
                capacity, updates), "producer-" + p);
            producers[p].setDaemon(true);
            producers[p].start();
        }
        System.out.println("READY " + publisher.sessionId());
        boolean announced = false;
        final IdleStrategy idle = new BackoffIdleStrategy();
        while (!stop) {
            idle.idle(publisher.doWork());
            if (!announced && !producers[0].isAlive() && !producers[1].isAlive()) {
                announced = true;
                System.out.println("PUBLISHED");
            }
        }
        System.out.println("COUNTERS " + publisher.counters());
        publisher.close();
        if (driver != null) {
            driver.close();
        } else {
            CloseHelper.close(aeron);
        }
    }

    private static void produce(LongsPublisher publisher, int producer, int producers,
                                int capacity, long updates) {
        for (long i = 1; (updates == 0 || i <= updates) && !stop; i++) {
            for (int t = producer; t < capacity; t += producers) {
                publisher.publish(t, t, i, 31 * i + t, ~i);
            }
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
        stop = true;
    }
}
