package io.nexus.notify.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The selector wake-up floor: a ping-pong where each side blocks in {@link Selector#select()}
 * on its own selector until the other publishes a sequence number in a volatile long and calls
 * {@link Selector#wakeup()} on that selector. The flag tells a real answer from a spurious
 * return, which is not counted. {@link SelectorRoundTripBench}, which adds a queue and the
 * waker's wake-only-if-blocking protocol, cannot do better. Same settings as it.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class FloorSelectorBench extends Defaults {

    /** Written by the benchmark thread, read by the echo thread. */
    private volatile long ping;
    /** Written by the echo thread, read by the benchmark thread. */
    private volatile long pong;
    /** Set at teardown so the echo thread, once woken, stops waiting. */
    private volatile boolean stopping;
    private long sequence;
    private long seen;
    private Selector pingSelector;
    private Selector pongSelector;
    private Echo echo;

    /**
     * Opens the two selectors and starts the echo thread.
     *
     * @throws IOException if a selector cannot be opened
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        pingSelector = Selector.open();
        pongSelector = Selector.open();
        echo = new Echo("selector-floor-echo", () -> {
            long value;
            while ((value = ping) == seen) {
                if (stopping) {
                    return;
                }
                try {
                    pingSelector.select();
                } catch (IOException e) {
                    failBoth(pongSelector, e);
                }
            }
            seen = value;
            pong = value;
            pongSelector.wakeup();
        });
    }

    /**
     * Stops the echo thread, then closes both selectors.
     *
     * @throws InterruptedException if interrupted while joining the echo thread
     * @throws IOException if a selector cannot be closed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException, IOException {
        stopping = true;
        echo.stop(pingSelector::wakeup);
        pingSelector.close();
        pongSelector.close();
    }

    /**
     * One round trip through two selector wake-ups.
     *
     * @return the sequence number, consumed so the call is not eliminated
     * @throws IOException if the select fails
     */
    @Benchmark
    public long roundTrip() throws IOException {
        final long s = ++sequence;
        ping = s;
        pingSelector.wakeup();
        while (pong != s) {
            pongSelector.select();
        }
        return s;
    }

    /**
     * Fails an echo thread whose select failed without leaving the benchmark thread blocked:
     * closes the selector it waits on (its select then throws), then throws.
     */
    static void failBoth(Selector answers, IOException e) {
        try {
            answers.close();
        } catch (IOException suppressed) {
            e.addSuppressed(suppressed);
        }
        throw new UncheckedIOException("the echo's select failed", e);
    }
}
