package io.nexus.notify.bench.jmh;

/**
 * A background thread that answers a benchmark thread's pings for the length of a trial:
 * round-trip benchmarks start one in their trial setup and stop it in their teardown, so the
 * timed method measures only the caller's side of the ping-pong.
 */
final class Echo {

    /** Written by the benchmark thread at teardown, read by the echo loop each turn. */
    private volatile boolean running = true;
    private final Thread thread;

    /** Starts a daemon thread that runs {@code step} (wait for a ping, answer it) until stopped. */
    Echo(String name, Runnable step) {
        thread = new Thread(() -> {
            while (running) {
                step.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns the echo thread, for benchmarks that unpark it. */
    Thread thread() {
        return thread;
    }

    /**
     * Stops the echo thread and waits for it to end.
     *
     * @param wake wakes the thread if its step may be blocked; the step must then return
     * @throws InterruptedException if interrupted while waiting
     */
    void stop(Runnable wake) throws InterruptedException {
        running = false;
        wake.run();
        thread.join();
    }
}
