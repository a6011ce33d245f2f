package io.nexus.notify.bench.jmh;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
 * The OS wake-up floor: a ping-pong where each side parks with {@link LockSupport#park()}
 * until the other publishes a sequence number and unparks it. Each round trip is two wake-ups
 * of a parked thread; a blocking channel cannot do better. Same settings as
 * {@link ChannelRoundTripBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class FloorParkBench extends Defaults {

    /** Written by the benchmark thread, read by the echo thread. */
    private volatile long ping;
    /** Written by the echo thread, read by the benchmark thread. */
    private volatile long pong;
    /** The benchmark thread, published by the write to {@link #ping}. */
    private Thread caller;
    /** Set at teardown so a parked echo thread, once unparked, stops waiting. */
    private volatile boolean stopping;
    private long sequence;
    private long seen;
    private Echo echo;

    /** Starts the echo thread. */
    @Setup(Level.Trial)
    public void setUp() {
        echo = new Echo("park-echo", () -> {
            long value;
            while ((value = ping) == seen) {
                if (stopping) {
                    return;
                }
                LockSupport.park(this);
            }
            seen = value;
            pong = value;
            LockSupport.unpark(caller);
        });
    }

    /**
     * Stops the echo thread.
     *
     * @throws InterruptedException if interrupted while joining it
     */
    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        stopping = true;
        echo.stop(() -> LockSupport.unpark(echo.thread()));
    }

    /**
     * One round trip through two park/unpark wake-ups.
     *
     * @return the sequence number, consumed so the call is not eliminated
     */
    @Benchmark
    public long roundTrip() {
        final long s = ++sequence;
        caller = Thread.currentThread();
        ping = s;
        LockSupport.unpark(echo.thread());
        while (pong != s) {
            LockSupport.park(this);
        }
        return s;
    }
}
