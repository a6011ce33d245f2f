package io.nexus.notify.bench.jmh;

import java.util.concurrent.atomic.AtomicLongArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cross-core floor: a ping-pong on two bare atomic longs, each on its own cache line. The
 * benchmark thread publishes a sequence number (release store) and spins until the echo thread
 * has copied it to the other long. Nothing can make a round trip between two cores cheaper.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
public class FloorPingPongBench extends Defaults {

    /** Slot of the ping long; the pong long is 128 bytes further, on another cache line. */
    private static final int PING = 0;
    private static final int PONG = 16;

    private final AtomicLongArray longs = new AtomicLongArray(PONG + 16);
    private long sequence;
    private long seen;
    private Echo echo;

    /** Starts the echo thread. */
    @Setup(Level.Trial)
    public void setUp() {
        echo = new Echo("ping-pong-echo", () -> {
            final long value = longs.get(PING);
            if (value != seen) {
                seen = value;
                longs.lazySet(PONG, value);
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
     * One round trip between the two cores.
     *
     * @return the sequence number, consumed so the call is not eliminated
     */
    @Benchmark
    public long roundTrip() {
        final long s = ++sequence;
        longs.lazySet(PING, s);
        while (longs.get(PONG) != s) {
            // busy wait: the point of this floor
        }
        return s;
    }
}
