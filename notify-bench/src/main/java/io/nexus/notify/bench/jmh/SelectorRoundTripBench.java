package io.nexus.notify.bench.jmh;

import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.bench.peer.Subjects;
import io.nexus.notify.channel.SelectorWaker;
import java.io.IOException;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cross-thread round trip between two event loops that wait in {@link Selector#select()},
 * each through a {@link SelectorWaker}: the benchmark thread notifies a token through the ping
 * waker, whose loop (an echo thread) is blocked in its select, then selects on the pong waker
 * until the answer arrives; the echo thread, woken, polls the token and answers by notifying
 * the pong waker. So each round trip is two selector wake-ups through the waker's
 * announce-fence-recheck protocol, each loop blocked in a real select between rounds. The
 * answer goes back through a second waker rather than a bare flag so that both directions pay
 * what a user pays. Compare with {@link FloorSelectorBench#roundTrip()}, the same ping-pong
 * with bare {@code wakeup()} and {@code select()} on two selectors and two volatile longs.
 *
 * <p>Sampled one round trip at a time, so the result carries percentiles; also run in
 * average-time mode. The trial ends with a {@code wakeup()} of the echo's selector, which lets
 * the echo thread see that it must stop.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SelectorRoundTripBench {

    private static final int TOKEN = 0;
    private static final int CAPACITY = 64;

    /** The subject: a backend name or a peer name; both wakers run over its queues. */
    @Param("builtin")
    public String backend;

    private Selector pingSelector;
    private Selector pongSelector;
    private Notifier ping;
    private SelectorWaker pong;
    private Poller pongPoller;
    private Events events;
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
        final SelectorWaker pingWaker = SelectorWaker.over(Subjects.create(backend, CAPACITY),
            pingSelector);
        pong = SelectorWaker.over(Subjects.create(backend, CAPACITY), pongSelector);
        ping = pingWaker.notifier();
        pongPoller = pong.poller();
        events = Events.withCapacity(CAPACITY);
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
                // Fail the trial instead of leaving the benchmark thread blocked: its select on
                // the closed answer selector throws ClosedSelectorException.
                close(answers);
                throw new IllegalStateException("the echo's select failed", e);
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

    private static void close(Selector selector) {
        try {
            selector.close();
        } catch (IOException e) {
            // Already failing: the echo's own exception is the one reported.
        }
    }
}
