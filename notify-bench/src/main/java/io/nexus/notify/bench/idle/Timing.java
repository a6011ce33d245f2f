package io.nexus.notify.bench.idle;

import java.time.Duration;

/**
 * The clocks the idle probe reads and the pause it waits through, so that a test can run the
 * probe's logic on a fake clock.
 */
public interface Timing {

    /**
     * Returns the wall clock.
     *
     * @return nanoseconds since an arbitrary origin, as {@link System#nanoTime()}
     */
    long nanoTime();

    /**
     * Lets wall-clock time pass.
     *
     * @param duration how long, not negative
     * @throws InterruptedException if interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns the CPU time a live thread has used so far.
     *
     * @param thread a thread that has started and not ended
     * @return nanoseconds of CPU time, user and system
     * @throws IllegalStateException if the thread is not alive
     */
    long threadCpuNanos(Thread thread);

    /**
     * Returns the real clocks: {@link System#nanoTime()}, {@link Thread#sleep} and the JVM's
     * per-thread CPU time ({@link java.lang.management.ThreadMXBean#getThreadCpuTime(long)}).
     *
     * @return the system timing
     * @throws UnsupportedOperationException if this JVM cannot measure a thread's CPU time
     */
    static Timing system() {
        return new SystemTiming();
    }
}
