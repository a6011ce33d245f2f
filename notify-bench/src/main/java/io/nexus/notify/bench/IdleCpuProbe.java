package io.nexus.notify.bench;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Events;
import io.nexus.notify.channel.EventChannel;
import io.nexus.notify.channel.Receiver;
import io.nexus.notify.channel.WaitStrategy;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * What a receiver costs while nothing arrives ({@code ./bench --idle}): for each wait strategy
 * a thread blocks in {@link Receiver#recv(Events)} on an empty channel; once its spin phase has
 * passed, its CPU time over a window of wall time is reported as a share of one core. The
 * strategies: the default, a backoff ({@code backoff(64, 4, 1 us, 1 ms)}) and, for contrast,
 * busy-spin, which uses a whole core; beside them {@value #PARK_LOOP}, a bare thread parking
 * for the backoff's longest park in a loop: what the OS charges for waking a thread that often.
 */
final class IdleCpuProbe {

    static final String PARK_LOOP = "park-loop";
    private static final long LONGEST_PARK_NANOS = 1_000_000;

    /**
     * One measurement.
     *
     * @param name      the strategy
     * @param cpuNanos  the waiting thread's CPU time over the window
     * @param wallNanos the window's wall time
     */
    record Sample(String name, long cpuNanos, long wallNanos) {
        double percentOfCore() {
            return 100.0 * cpuNanos / wallNanos;
        }
    }

    private IdleCpuProbe() {
    }

    /** The strategies measured, by name, in report order. */
    static Map<String, WaitStrategy> strategies() {
        final Map<String, WaitStrategy> strategies = new LinkedHashMap<>();
        strategies.put("default", WaitStrategy.defaultStrategy());
        strategies.put("backoff", WaitStrategy.backoff(64, 4, 1_000, LONGEST_PARK_NANOS));
        strategies.put("busy-spin", WaitStrategy.busySpin());
        return strategies;
    }

    /**
     * Measures every strategy, then the park loop, printing one line each.
     *
     * @param out         where to print
     * @param settleMillis how long each thread waits before the window opens
     * @param windowMillis the window's length
     * @return the samples, in report order
     * @throws InterruptedException if interrupted while waiting
     */
    static List<Sample> run(PrintStream out, long settleMillis, long windowMillis)
            throws InterruptedException {
        out.printf(Locale.ROOT, "Idle CPU of a receiver blocked in recv on an empty channel, over"
            + " %d ms of wall time starting %d ms after it began to wait (thread CPU time);%n"
            + "  backoff = WaitStrategy.backoff(64, 4, 1000, 1000000); %s = a bare thread calling"
            + " LockSupport.parkNanos(1000000) in a loop, the floor of backoff%n", windowMillis,
            settleMillis, PARK_LOOP);
        final List<Sample> samples = new ArrayList<>();
        for (Map.Entry<String, WaitStrategy> s : strategies().entrySet()) {
            final EventChannel channel = EventChannel.over(EventQueue.create(64), s.getValue());
            final Receiver receiver = channel.receiver();
            final int[] result = {Integer.MIN_VALUE};
            samples.add(measure(s.getKey(), settleMillis, windowMillis, () -> {
                try {
                    result[0] = receiver.recv(Events.withCapacity(64));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, channel::close));
            // result[0] is read after the thread's join, which orders the two.
            if (result[0] != Receiver.CLOSED) {
                throw new IllegalStateException("the receiver on an empty channel returned "
                    + result[0] + " instead of CLOSED");
            }
        }
        final AtomicBoolean stop = new AtomicBoolean();
        samples.add(measure(PARK_LOOP, settleMillis, windowMillis, () -> {
            while (!stop.get()) {
                LockSupport.parkNanos(LONGEST_PARK_NANOS);
            }
        }, () -> stop.set(true)));
        for (Sample s : samples) {
            out.printf(Locale.ROOT, "  %-10s %6.2f %% of a core  (%.3f ms CPU in %.1f ms)%n",
                s.name(), s.percentOfCore(), s.cpuNanos() / 1e6, s.wallNanos() / 1e6);
        }
        return samples;
    }

    /** Starts {@code waiting} on a thread, measures its CPU over the window, then stops it. */
    private static Sample measure(String name, long settleMillis, long windowMillis,
            Runnable waiting, Runnable stop) throws InterruptedException {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        threads.setThreadCpuTimeEnabled(true);
        final CountDownLatch started = new CountDownLatch(1);
        final Thread thread = new Thread(() -> {
            started.countDown();
            waiting.run();
        }, "idle-" + name);
        thread.setDaemon(true);
        thread.start();
        try {
            started.await();
            TimeUnit.MILLISECONDS.sleep(settleMillis);
            final long cpu = threads.getThreadCpuTime(thread.getId());
            final long wall = System.nanoTime();
            TimeUnit.MILLISECONDS.sleep(windowMillis);
            final long cpuAfter = threads.getThreadCpuTime(thread.getId());
            final long wallAfter = System.nanoTime();
            if (cpu < 0 || cpuAfter < 0) {
                throw new IllegalStateException("thread " + name + " ended before the window"
                    + " closed");
            }
            return new Sample(name, cpuAfter - cpu, wallAfter - wall);
        } finally {
            stop.run();
            LockSupport.unpark(thread);
            thread.join();
        }
    }
}
