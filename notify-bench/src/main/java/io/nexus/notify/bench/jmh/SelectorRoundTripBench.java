package io.nexus.notify.bench.jmh;

import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.channel.SelectorWaker;
import java.io.IOException;
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
 * Cross-thread round trip between two event loops that wait in {@link Selector#select()},
 * each through a {@link SelectorWaker}: the benchmark thread notifies a token through the ping
 * waker, whose loop (an echo thread) is blocked in its select, then selects on the pong waker
 * until the answer arrives; the echo thread, woken, polls the token and answers through the
 * pong waker. Each round trip is two selector wake-ups through the waker's
 * announce-fence-recheck protocol. Compare with {@link FloorSelectorBench#roundTrip()}.
 * Sampled and in average-time mode, with 500 ms iterations as {@link ChannelRoundTripBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class SelectorRoundTripBench extends Subject {

    private static final int TOKEN = 0;
    private static final int CAPACITY = 64;

    private Selector pingSelector;
    private Selector pongSelector;
    private Notifier ping;
    private SelectorWaker pong;
    private Poller pongPoller;
    private final Events events = Events.withCapacity(CAPACITY);
    private Echo echo;

    /**
     * Opens the two selectors, builds the two wakers and starts the echo thread.
     *
     * @throws IOException if a selector cannot be opened
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        pingSelector = Selector.open();
        pongSelector = Selector.open();
        final SelectorWaker pingWaker = SelectorWaker.over(queue(CAPACITY), pingSelector);
        pong = SelectorWaker.over(queue(CAPACITY), pongSelector);
        ping = pingWaker.notifier();
        pongPoller = pong.poller();
        final Poller echoIn = pingWaker.poller();
        final Notifier echoOut = pong.notifier();
        final Events echoEvents = Events.withCapacity(CAPACITY);
        final Selector answers = pongSelector;
        echo = new Echo("selector-waker-echo", () -> {
            try {
                pingWaker.select();
                if (echoIn.poll(echoEvents) != 0) {
                    echoOut.notify(TOKEN);
                }
            } catch (IOException e) {
                FloorSelectorBench.failBoth(answers, e);
            }
        });
    }

    /**
     * Stops the echo thread with a {@code wakeup()} of its selector, then closes both.
     *
     * @throws InterruptedException if interrupted while joining the echo thread
     * @throws IOException if a selector cannot be closed
     */
    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException, IOException {
        echo.stop(pingSelector::wakeup);
        pingSelector.close();
        pongSelector.close();
    }

    /**
     * One round trip: notify the ping token, then select until the echo's answer arrives.
     *
     * @return the number of tokens in the answer, consumed so the call is not eliminated
     * @throws IOException if the select fails
     */
    @Benchmark
    public int roundTrip() throws IOException {
        ping.notify(TOKEN);
        int n;
        while ((n = pongPoller.poll(events)) == 0) {
            pong.select();
        }
        return n;
    }
}
