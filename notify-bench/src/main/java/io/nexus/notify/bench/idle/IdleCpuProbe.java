package io.nexus.notify.bench.idle;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.WaitStrategy;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures what a receiver costs while nothing arrives: for each wait strategy, a thread
 * blocks in {@link Receiver#recv(Events)} on an empty channel; the probe lets its spin phase
 * pass ({@link #SETTLE} by default), then reads the thread's CPU time before and after a window
 * of wall time ({@link #WINDOW} by default) and reports the difference as a share of one core.
 * Then it closes the channel, which returns the receive with {@link Receiver#CLOSED}.
 *
 * <p>The strategies: {@link WaitStrategy#defaultStrategy()}, a backoff strategy
 * ({@link WaitStrategy#backoff(int, int, long, long)} with {@value #BACKOFF_SPINS} spins,
 * {@value #BACKOFF_YIELDS} yields, then parks from {@value #BACKOFF_MIN_PARK_NANOS} ns growing to
 * {@value #BACKOFF_MAX_PARK_NANOS} ns), and, for contrast, {@link WaitStrategy#busySpin()}, which
 * should use a whole core. Beside them, the floor of the backoff strategy
 * ({@value #PARK_LOOP}): a bare thread, no channel, that parks for the backoff's longest park
 * in a loop, which is what the OS charges for waking a thread that often.
 *
 * <p>Run with {@code ./bench --idle}, or
 * {@code java -cp ... io.nexus.notify.bench.idle.IdleCpuProbe}.
 */
public final class IdleCpuProbe {

    /** How long the receiver waits before the window opens: its spin phase is over by then. */
    public static final Duration SETTLE = Duration.ofMillis(100);
    /** The wall time over which the receiver's CPU time is measured. */
    public static final Duration WINDOW = Duration.ofSeconds(1);

    /** Spin tries of the backoff strategy measured. */
    public static final int BACKOFF_SPINS = 64;
    /** Yield tries of the backoff strategy measured. */
    public static final int BACKOFF_YIELDS = 4;
    /** The first park of the backoff strategy measured, in nanoseconds. */
    public static final long BACKOFF_MIN_PARK_NANOS = 1_000;
    /** The longest park of the backoff strategy measured, in nanoseconds. */
    public static final long BACKOFF_MAX_PARK_NANOS = 1_000_000;

    /** The name of the floor line: a bare thread parking for the backoff's longest park. */
    public static final String PARK_LOOP = "park-loop";

    /** The name of the backoff strategy in {@link #strategies()}. */
    private static final String BACKOFF = "backoff";
    /** The receiver has not returned (or ended by an interrupt): not a count, not CLOSED. */
    private static final int NO_RESULT = Integer.MIN_VALUE;
    private static final int CAPACITY = 64;
    private static final double NANOS_PER_MILLI = 1e6;

    /**
     * One strategy's measurement.
     *
     * @param strategy  the strategy's name
     * @param cpuNanos  the receiver thread's CPU time over the window, not negative
     * @param wallNanos the window's wall time, positive
     */
    public record Sample(String strategy, long cpuNanos, long wallNanos) {

        /**
         * Checks.
         *
         * @throws NullPointerException     if {@code strategy} is null
         * @throws IllegalArgumentException if {@code cpuNanos < 0} or {@code wallNanos <= 0}
         */
        public Sample {
            Objects.requireNonNull(strategy, "strategy");
            if (cpuNanos < 0) {
                throw new IllegalArgumentException("cpuNanos must be >= 0, was " + cpuNanos);
            }
            if (wallNanos <= 0) {
                throw new IllegalArgumentException("wallNanos must be > 0, was " + wallNanos);
            }
        }

        /**
         * Returns the receiver's CPU time as a share of one core over the window.
         *
         * @return percent of a core: 0 for a thread that never ran, 100 for one that never
         *     stopped
         */
        public double percentOfCore() {
            return 100.0 * cpuNanos / wallNanos;
        }

        /**
         * Formats the sample as one line of the report.
         *
         * @return for example
         *     {@code "  default      0.01 % of a core  (0.080 ms CPU in 1000.1 ms)"}
         */
        public String line() {
            return String.format(Locale.ROOT,
                "  %-10s %6.2f %% of a core  (%.3f ms CPU in %.1f ms)", strategy, percentOfCore(),
                cpuNanos / NANOS_PER_MILLI, wallNanos / NANOS_PER_MILLI);
        }
    }

    private final Timing timing;
    private final Duration settle;
    private final Duration window;

    /**
     * Creates a probe.
     *
     * @param timing the clocks
     * @param settle how long a receiver waits before its CPU time is read, not negative
     * @param window the wall time over which its CPU time is measured, positive
     * @throws NullPointerException     if any argument is null
     * @throws IllegalArgumentException if {@code settle} is negative or {@code window} is not
     *     positive
     */
    public IdleCpuProbe(Timing timing, Duration settle, Duration window) {
        this.timing = Objects.requireNonNull(timing, "timing");
        this.settle = Objects.requireNonNull(settle, "settle");
        this.window = Objects.requireNonNull(window, "window");
        if (settle.isNegative()) {
            throw new IllegalArgumentException("settle must not be negative, was " + settle);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    /**
     * Returns the strategies the probe measures, by name, in report order.
     *
     * @return {@code default}, {@code backoff} and {@code busy-spin}
     */
    public static Map<String, WaitStrategy> strategies() {
        final Map<String, WaitStrategy> strategies = new LinkedHashMap<>();
        strategies.put("default", WaitStrategy.defaultStrategy());
        strategies.put(BACKOFF, WaitStrategy.backoff(BACKOFF_SPINS, BACKOFF_YIELDS,
            BACKOFF_MIN_PARK_NANOS, BACKOFF_MAX_PARK_NANOS));
        strategies.put("busy-spin", WaitStrategy.busySpin());
        return strategies;
    }

    /**
     * Measures one strategy: starts a receiver on an empty channel, lets the settle time pass,
     * measures its CPU time over the window, then closes the channel and waits for the receiver
     * to end.
     *
     * @param name     the strategy's name, for the report
     * @param strategy the strategy
     * @return the sample
     * @throws NullPointerException  if either argument is null
     * @throws IllegalStateException if the receiver ended before the window closed or returned
     *     anything but {@link Receiver#CLOSED}
     * @throws InterruptedException  if interrupted while waiting
     */
    public Sample measure(String name, WaitStrategy strategy) throws InterruptedException {
        Objects.requireNonNull(name, "name");
        final EventChannel channel = EventChannel.over(EventQueue.create(CAPACITY),
            Objects.requireNonNull(strategy, "strategy"));
        final Receiver receiver = channel.receiver();
        final Events events = Events.withCapacity(CAPACITY);
        final CountDownLatch entering = new CountDownLatch(1);
        // Written by the receiver thread, read here after join(), which orders the two.
        final int[] result = {NO_RESULT};
        final Thread thread = new Thread(() -> {
            entering.countDown();
            try {
                result[0] = receiver.recv(events);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "idle-receiver-" + name);
        thread.setDaemon(true);
        thread.start();
        final Sample sample;
        try {
            entering.await();
            sample = window(name, thread);
        } finally {
            channel.close();
            thread.join();
        }
        if (result[0] != Receiver.CLOSED) {
            throw new IllegalStateException("the receiver on an empty channel returned "
                + (result[0] == NO_RESULT ? "nothing" : String.valueOf(result[0]))
                + " instead of CLOSED");
        }
        return sample;
    }

    /**
     * Measures the floor of a strategy that parks for {@code parkNanos} at a time: a thread
     * that does nothing but {@link LockSupport#parkNanos(long)} in a loop, no channel.
     *
     * @param parkNanos how long each park lasts at most, {@code > 0}
     * @return the sample, named {@value #PARK_LOOP}
     * @throws IllegalArgumentException if {@code parkNanos <= 0}
     * @throws IllegalStateException    if the thread ended before the window closed
     * @throws InterruptedException     if interrupted while waiting
     */
    public Sample measureParkLoop(long parkNanos) throws InterruptedException {
        if (parkNanos <= 0) {
            throw new IllegalArgumentException("parkNanos must be > 0, was " + parkNanos);
        }
        // Set after the window and read on every turn (a volatile read): with the unpark that
        // follows it, the loop ends within one turn.
        final AtomicBoolean stop = new AtomicBoolean();
        final CountDownLatch entering = new CountDownLatch(1);
        final Thread thread = new Thread(() -> {
            entering.countDown();
            while (!stop.get()) {
                LockSupport.parkNanos(parkNanos);
            }
        }, "idle-" + PARK_LOOP);
        thread.setDaemon(true);
        thread.start();
        try {
            entering.await();
            return window(PARK_LOOP, thread);
        } finally {
            stop.set(true);
            LockSupport.unpark(thread);
            thread.join();
        }
    }

    /** Lets the settle time pass, then measures a live thread's CPU time over the window. */
    private Sample window(String name, Thread thread) throws InterruptedException {
        timing.sleep(settle);
        final long cpuBefore = timing.threadCpuNanos(thread);
        final long wallBefore = timing.nanoTime();
        timing.sleep(window);
        final long cpuAfter = timing.threadCpuNanos(thread);
        final long wallAfter = timing.nanoTime();
        return new Sample(name, cpuAfter - cpuBefore, wallAfter - wallBefore);
    }

    /**
     * Measures every strategy of {@link #strategies()} in turn, and the backoff's floor
     * ({@link #measureParkLoop(long)} with {@value #BACKOFF_MAX_PARK_NANOS} ns) after the
     * backoff, and prints the report: a header, then one line per measurement.
     *
     * @param out where to print
     * @return the samples, in report order
     * @throws InterruptedException if interrupted while waiting
     */
    public List<Sample> run(PrintStream out) throws InterruptedException {
        out.printf(Locale.ROOT, "Idle CPU of a receiver blocked in recv on an empty channel, over"
            + " %d ms of wall time starting %d ms after it began to wait (thread CPU time)%n",
            window.toMillis(), settle.toMillis());
        out.printf(Locale.ROOT, "  backoff = WaitStrategy.backoff(%d, %d, %d, %d); %s = a bare"
            + " thread calling LockSupport.parkNanos(%d) in a loop, the floor of backoff%n",
            BACKOFF_SPINS, BACKOFF_YIELDS, BACKOFF_MIN_PARK_NANOS, BACKOFF_MAX_PARK_NANOS,
            PARK_LOOP, BACKOFF_MAX_PARK_NANOS);
        final List<Sample> samples = new ArrayList<>();
        for (Map.Entry<String, WaitStrategy> s : strategies().entrySet()) {
            samples.add(measure(s.getKey(), s.getValue()));
            out.println(samples.get(samples.size() - 1).line());
            if (s.getKey().equals(BACKOFF)) {
                samples.add(measureParkLoop(BACKOFF_MAX_PARK_NANOS));
                out.println(samples.get(samples.size() - 1).line());
            }
        }
        return samples;
    }

    /**
     * Runs the probe with the real clocks, {@link #SETTLE} and {@link #WINDOW}, printing to
     * standard output.
     *
     * @param args none
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 0) {
            System.err.println("usage: IdleCpuProbe (no arguments)");
            System.exit(2);
        }
        new IdleCpuProbe(Timing.system(), SETTLE, WINDOW).run(System.out);
    }
}
