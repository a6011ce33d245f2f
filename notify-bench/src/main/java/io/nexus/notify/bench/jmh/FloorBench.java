package io.nexus.notify.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floors, what the hardware and the OS allow without a queue: the atomic operations of a
 * notify, and round trips to an echo thread waiting as a spinning, parked or selecting loop
 * does, each with the settings of the round trip it bounds in {@link RoundTripBench}.
 */
@State(Scope.Benchmark)
public class FloorBench extends Defaults {

    private static final int TOKEN = 1;
    private static final int TAIL = 33;

    private final AtomicIntegerArray flags = new AtomicIntegerArray(64);

    /** {@return the old flag} Swaps the flag of a pending token. */
    @Benchmark
    public int swap() {
        return flags.getAndSet(TOKEN, 1);
    }

    /** {@return the old flag} Swaps the flag of a pending token from each of two threads. */
    @Benchmark
    @Threads(2)
    public int swapContended() {
        return flags.getAndSet(TOKEN, 1);
    }

    /** {@return the claimed slot} Swaps a flag, then claims a slot on a tail counter. */
    @Benchmark
    public int swapAndClaim() {
        flags.getAndSet(TOKEN, 1);
        return flags.getAndAdd(TAIL, 1);
    }

    /** Two atomic longs on separate cache lines; the echo thread spins on the first. */
    @State(Scope.Benchmark)
    public static class Spinning {
        /** Ping at slot 0, pong 128 bytes further. */
        final AtomicLongArray longs = new AtomicLongArray(32);
        long sequence;
        long seen;
        Echo echo;

        /** Starts the echo thread. */
        @Setup(Level.Trial)
        public void setUp() {
            echo = new Echo("ping-pong-echo", () -> {
                final long value = longs.get(0);
                if (value != seen) {
                    seen = value;
                    longs.lazySet(16, value);
                }
            });
        }

        /** Stops the echo thread. */
        @TearDown(Level.Trial)
        public void tearDown() {
            echo.stop(() -> { });
        }
    }

    /** Two volatile longs; each side parks until the other unparks it. */
    @State(Scope.Benchmark)
    public static class Parking {
        volatile long ping;
        volatile long pong;
        /** The benchmark thread, published by the write to {@link #ping}. */
        Thread caller;
        /** Set at teardown so the parked echo thread, once unparked, stops waiting. */
        volatile boolean stopping;
        long sequence;
        long seen;
        Echo echo;

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

        /** Stops the echo thread. */
        @TearDown(Level.Trial)
        public void tearDown() {
            stopping = true;
            echo.stop(() -> LockSupport.unpark(echo.thread));
        }
    }

    /** Two volatile longs and a selector per side; each side blocks in its select. */
    @State(Scope.Benchmark)
    public static class Selecting {
        volatile long ping;
        volatile long pong;
        /** Set at teardown so the echo thread, once woken, stops waiting. */
        volatile boolean stopping;
        long sequence;
        long seen;
        Selector pingSelector;
        Selector pongSelector;
        Echo echo;

        /**
         * Opens the selectors and starts the echo thread.
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
                        fail(pongSelector, e);
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
         * @throws IOException if a selector cannot be closed
         */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            stopping = true;
            echo.stop(pingSelector::wakeup);
            pingSelector.close();
            pongSelector.close();
        }
    }

    /**
     * {@return the sequence number} Publishes it, spins until the echo copied it back.
     *
     * @param s the longs
     */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    public long pingPong(Spinning s) {
        final long n = ++s.sequence;
        s.longs.lazySet(0, n);
        while (s.longs.get(16) != n) {
            // busy wait: the point of this floor
        }
        return n;
    }

    /**
     * {@return the sequence number} Publishes it, parks until the echo answered.
     *
     * @param s the longs
     */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    public long park(Parking s) {
        final long n = ++s.sequence;
        s.caller = Thread.currentThread();
        s.ping = n;
        LockSupport.unpark(s.echo.thread);
        while (s.pong != n) {
            LockSupport.park(this);
        }
        return n;
    }

    /**
     * {@return the sequence number} Publishes it, selects until the echo answered.
     *
     * @param s the longs and selectors
     * @throws IOException if the select fails
     */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    public long select(Selecting s) throws IOException {
        final long n = ++s.sequence;
        s.ping = n;
        s.pingSelector.wakeup();
        while (s.pong != n) {
            s.pongSelector.select();
        }
        return n;
    }

    /** Fails an echo whose select failed: closes the selector the caller waits on, throws. */
    static void fail(Selector answers, IOException e) {
        try {
            answers.close();
        } catch (IOException suppressed) {
            e.addSuppressed(suppressed);
        }
        throw new UncheckedIOException("the echo's select failed", e);
    }
}
