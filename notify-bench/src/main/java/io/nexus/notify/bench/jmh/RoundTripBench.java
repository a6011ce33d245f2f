package io.nexus.notify.bench.jmh;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cross-thread round trip with busy polling on two queues: the benchmark thread notifies a
 * token on the ping queue and spins polling the pong queue; an echo thread spins polling the
 * ping queue and notifies the pong queue for each token it gets. Sampled one round trip at a
 * time, so the result carries percentiles; also run in average-time mode, whose mean has an
 * error interval and whose GC profile is not disturbed by the sample store. Compare with
 * {@link FloorPingPongBench#roundTrip()}, the same ping-pong on two bare atomic longs.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
public class RoundTripBench extends Subject {

    private static final int TOKEN = 0;

    private Notifier ping;
    private Poller pong;
    private final Events events = Events.withCapacity(64);
    private Echo echo;

    /** Builds the two queues and starts the echo thread. */
    @Setup(Level.Trial)
    public void setUp() {
        final EventQueue pingQueue = queue(64);
        final EventQueue pongQueue = queue(64);
        ping = pingQueue.notifier();
        pong = pongQueue.poller();
        final Poller echoIn = pingQueue.poller();
        final Notifier echoOut = pongQueue.notifier();
        final Events echoEvents = Events.withCapacity(64);
        echo = new Echo("round-trip-echo", () -> {
            if (echoIn.poll(echoEvents) != 0) {
                echoOut.notify(TOKEN);
            }
        });
    }

    /**
     * Stops the echo thread.
     *
     * @throws InterruptedException if interrupted while joining it
     */
    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        echo.stop(() -> { });
    }

    /**
     * One round trip: ping, then busy-poll until the echo's answer arrives.
     *
     * @return the number of tokens in the answer, consumed so the call is not eliminated
     */
    @Benchmark
    public int roundTrip() {
        ping.notify(TOKEN);
        int n;
        while ((n = pong.poll(events)) == 0) {
            // busy poll: the point of this benchmark
        }
        return n;
    }
}
