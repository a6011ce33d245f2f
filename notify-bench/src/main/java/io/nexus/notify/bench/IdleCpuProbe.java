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
 * What a receiver costs while nothing arrives ({@code ./bench --idle}): for each strategy (the
 * default, {@code backoff(64, 4, 1 us, 1 ms)}, busy-spin) a thread blocks in {@code recv} on an
 * empty channel, and after its spin phase its CPU time over a window is given as a share of a
 * core; then {@code park-loop}, a bare thread parking 1 ms in a loop, the floor of the backoff.
 */
final class IdleCpuProbe {

    /** A thread's CPU time over a window of wall time, in nanoseconds. */
    record Sample(String name, long cpuNanos, long wallNanos) {
    }

    private IdleCpuProbe() {
    }

    /** Measures every strategy, then the park loop, printing a line each; returns them. */
    static List<Sample> run(PrintStream out, long settleMillis, long windowMillis)
            throws InterruptedException {
        out.printf(Locale.ROOT, "Idle CPU of a receiver in recv on an empty channel (thread CPU"
            + " time over %d ms, from %d ms after it began to wait)%n", windowMillis, settleMillis);
        final Map<String, WaitStrategy> strategies = new LinkedHashMap<>();
        strategies.put("default", WaitStrategy.defaultStrategy());
        strategies.put("backoff", WaitStrategy.backoff(64, 4, 1_000, 1_000_000));
        strategies.put("busy-spin", WaitStrategy.busySpin());
        final List<Sample> samples = new ArrayList<>();
        for (Map.Entry<String, WaitStrategy> s : strategies.entrySet()) {
            final EventChannel channel = EventChannel.over(EventQueue.create(64), s.getValue());
            final int[] result = {0};
            samples.add(measure(s.getKey(), settleMillis, windowMillis, () -> {
                try {
                    result[0] = channel.receiver().recv(Events.withCapacity(64));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, channel::close));
            // Read after the thread's join, which orders the two.
            if (result[0] != Receiver.CLOSED) {
                throw new IllegalStateException("an empty channel's recv returned " + result[0]);
            }
        }
        final AtomicBoolean stop = new AtomicBoolean();
        samples.add(measure("park-loop", settleMillis, windowMillis, () -> {
            while (!stop.get()) {
                LockSupport.parkNanos(1_000_000);
            }
        }, () -> stop.set(true)));
        samples.forEach(s -> out.printf(Locale.ROOT, "  %-10s %6.2f %% of a core  (%.3f ms CPU in"
            + " %.1f ms)%n", s.name(), 100.0 * s.cpuNanos() / s.wallNanos(), s.cpuNanos() / 1e6,
            s.wallNanos() / 1e6));
        return samples;
    }

    /** Runs {@code waiting} on a thread, measures its CPU time over the window, then stops it. */
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
            if (cpu < 0 || cpuAfter < 0) {
                throw new IllegalStateException(name + " ended before the window closed");
            }
            return new Sample(name, cpuAfter - cpu, System.nanoTime() - wall);
        } finally {
            stop.run();
            LockSupport.unpark(thread);
            thread.join();
        }
    }
}
