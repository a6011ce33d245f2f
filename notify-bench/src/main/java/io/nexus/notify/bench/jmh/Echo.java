package io.nexus.notify.bench.jmh;

/**
 * A background thread that answers a benchmark thread's pings for the length of a trial:
 * round-trip benchmarks start one in their trial setup and stop it in their teardown, so the
 * timed method measures only the caller's side of the ping-pong.
 */
final class Echo {

    /** Written by the benchmark thread at teardown, read by the echo loop each turn. */
    private volatile boolean running = true;
    final Thread thread;

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

    /** Stops the thread: {@code wake} must make a blocked step return. Waits for its end. */
    void stop(Runnable wake) {
        running = false;
        wake.run();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
