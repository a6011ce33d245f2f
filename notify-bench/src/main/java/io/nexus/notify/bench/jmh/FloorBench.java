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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
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
    public static class Spinning extends TrialState {
        /** Ping at slot 0, pong 128 bytes further. */
        final AtomicLongArray longs = new AtomicLongArray(32);
        long sequence;
        long seen;

        /** Starts the echo thread. */
        @Setup(Level.Trial)
        public void setUp() {
            own(new Echo("ping-pong-echo", () -> {
                final long value = longs.get(0);
                if (value != seen) {
                    seen = value;
                    longs.lazySet(16, value);
                }
            }, () -> { }));
        }
    }

    /**
     * Two volatile longs; each side waits until the other publishes and wakes it: parked until
     * unparked ({@code by = park}) or blocked in {@code select()} on its own selector until
     * {@code wakeup()} ({@code by = select}).
     */
    public static class Waking extends TrialState {
        /** How each side waits: {@code park} or {@code select}. */
        @Param({"park", "select"})
        public String by;

        volatile long ping;
        volatile long pong;
        /** The benchmark thread, published by the write to {@link #ping}. */
        Thread caller;
        boolean park;
        long sequence;
        long seen;
        Selector pingSelector;
        Selector pongSelector;
        Echo echo;

        /**
         * Opens the selectors if it selects, and starts the echo thread: each turn it answers
         * a new ping, or else waits once to be woken.
         *
         * @throws IOException if a selector cannot be opened
         */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            park = by.equals("park");
            pingSelector = park ? null : own(Selector.open());
            pongSelector = park ? null : own(Selector.open());
            echo = own(new Echo(by + "-floor-echo", () -> {
                final long value = ping;
                if (value == seen) {
                    try {
                        if (park) {
                            LockSupport.park(this);
                        } else {
                            pingSelector.select();
                        }
                    } catch (IOException e) {
                        fail(pongSelector, e);
                    }
                    return;
                }
                seen = value;
                pong = value;
                if (park) {
                    LockSupport.unpark(caller);
                } else {
                    pongSelector.wakeup();
                }
            }, park ? () -> LockSupport.unpark(echo.thread) : pingSelector::wakeup));
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
     * {@return the sequence number} The wake-up floor: publishes it, wakes the echo, waits until
     * answered (a spurious return is not counted).
     *
     * @param s the longs, and the selectors
     * @throws IOException if a select fails
     */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
    public long wakeUp(Waking s) throws IOException {
        final long n = ++s.sequence;
        s.caller = Thread.currentThread();
        s.ping = n;
        if (s.park) {
            LockSupport.unpark(s.echo.thread);
        } else {
            s.pingSelector.wakeup();
        }
        while (s.pong != n) {
            if (s.park) {
                LockSupport.park(this);
            } else {
                s.pongSelector.select();
            }
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
