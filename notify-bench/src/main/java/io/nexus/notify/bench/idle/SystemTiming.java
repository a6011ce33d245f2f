package io.nexus.notify.bench.idle;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The real clocks of {@link Timing#system()}. */
final class SystemTiming implements Timing {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /**
     * Turns on per-thread CPU time measurement if the JVM supports it.
     *
     * @throws UnsupportedOperationException if it does not
     */
    SystemTiming() {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new UnsupportedOperationException("this JVM cannot measure a thread's CPU time");
        }
        if (!threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }

    @Override
    public long threadCpuNanos(Thread thread) {
        final long nanos = threads.getThreadCpuTime(thread.getId());
        if (nanos < 0) {
            throw new IllegalStateException("thread '" + thread.getName() + "' is not alive");
        }
        return nanos;
    }
}
