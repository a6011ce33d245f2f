package io.nexus.notify.bench.jmh;

import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.Sender;
import io.nexus.notify.channel.WaitStrategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cross-thread round trip through two blocking channels: the benchmark thread notifies a token
 * on the ping channel and blocks in {@code recv} on the pong channel; an echo thread blocks in
 * {@code recv} on the ping channel and notifies the pong channel for each token it gets. Both
 * receivers wait with the {@code strategy} parameter's strategy:
 * <ul>
 *   <li>{@code park}: {@link WaitStrategy#parkImmediately()}, so each round trip is two
 *       wake-ups of a parked thread through the channel's publish-fence-recheck protocol.
 *       Compare with {@link FloorParkBench#roundTrip()}.</li>
 *   <li>{@code default}: {@link WaitStrategy#defaultStrategy()}, what a user who picks no
 *       strategy gets: each receiver spins, then yields, then parks, so a round trip is only as
 *       fast as the strategy lets it be. Compare with {@link FloorPingPongBench#roundTrip()}.</li>
 * </ul>
 *
 * <p>Sampled one round trip at a time (percentiles) and in average-time mode. Iterations last
 * 500 ms: a round trip takes microseconds, and the harness's fixed allocation per iteration
 * must be spread over enough of them for the allocation check. The trial ends by closing the
 * ping channel, which wakes the echo thread with {@link Receiver#CLOSED}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ChannelRoundTripBench extends Subject {

    private static final int TOKEN = 0;
    private static final int CAPACITY = 64;

    /** How both receivers wait: {@code park} (park immediately) or {@code default}. */
    @Param({"park", "default"})
    public String strategy;

    private EventChannel pingChannel;
    private EventChannel pongChannel;
    private Sender ping;
    private Receiver pong;
    private final Events events = Events.withCapacity(CAPACITY);
    private Echo echo;

    /** Builds the two channels and starts the echo thread. */
    @Setup(Level.Trial)
    public void setUp() {
        pingChannel = EventChannel.over(queue(CAPACITY), strategy(strategy));
        pongChannel = EventChannel.over(queue(CAPACITY), strategy(strategy));
        ping = pingChannel.sender();
        pong = pongChannel.receiver();
        final Receiver echoIn = pingChannel.receiver();
        final Sender echoOut = pongChannel.sender();
        final Events echoEvents = Events.withCapacity(CAPACITY);
        final EventChannel answers = pongChannel;
        echo = new Echo("channel-echo", () -> {
            try {
                if (echoIn.recv(echoEvents) != Receiver.CLOSED) {
                    echoOut.notify(TOKEN);
                }
            } catch (InterruptedException e) {
                // Nothing interrupts this thread; if something does, fail the trial instead of
                // leaving the benchmark thread parked: its recv returns CLOSED, which it reports.
                answers.close();
            }
        });
    }

    /**
     * Stops the echo thread by closing the ping channel, then closes the pong channel.
     *
     * @throws InterruptedException if interrupted while joining the echo thread
     */
    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        echo.stop(pingChannel::close);
        pongChannel.close();
    }

    /**
     * One round trip: ping, then block until the echo's answer arrives.
     *
     * @return the number of tokens in the answer, consumed so the call is not eliminated
     * @throws InterruptedException if interrupted while waiting for the answer
     * @throws IllegalStateException if the echo thread ended and closed the answer channel
     */
    @Benchmark
    public int roundTrip() throws InterruptedException {
        ping.notify(TOKEN);
        final int n = pong.recv(events);
        if (n == Receiver.CLOSED) {
            throw new IllegalStateException("the echo thread ended before answering");
        }
        return n;
    }
}
