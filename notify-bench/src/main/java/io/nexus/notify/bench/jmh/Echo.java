package io.nexus.notify.bench.jmh;

/**
 * A background thread that answers a benchmark thread's pings for the length of a trial.
 * Round-trip benchmarks start one in their trial setup and stop it in their teardown, so the
 * timed method only measures the caller's side of the ping-pong.
 */
final class Echo {

    /** One step of the echo loop. */
    @FunctionalInterface
    interface Step {
        /**
         * Waits for a ping, for a bounded time or until the wake-up passed to
         * {@link Echo#stop}, and answers it if one came.
         */
        void run();
    }

    /** Written by the benchmark thread at teardown, read by the echo loop each turn. */
    private volatile boolean running = true;
    private final Thread thread;

    /**
     * Starts the echo thread.
     *
     * @param name a thread name
     * @param step what the thread does on each turn until stopped
     */
    Echo(String name, Step step) {
        thread = new Thread(() -> {
            while (running) {
                step.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Returns the echo thread, for benchmarks that unpark it.
     *
     * @return the thread
     */
    Thread thread() {
        return thread;
    }

    /**
     * Stops the echo thread and waits for it to end.
     *
     * @param wake wakes the thread if a step may be blocked (for example an unpark); the step
     *     must then return
     * @throws InterruptedException if interrupted while waiting
     */
    void stop(Runnable wake) throws InterruptedException {
        running = false;
        wake.run();
        thread.join();
    }
}
