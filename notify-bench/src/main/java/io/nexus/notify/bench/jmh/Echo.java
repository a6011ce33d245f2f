package io.nexus.notify.bench.jmh;

/**
 * A thread answering a benchmark thread's pings for a trial, so that the timed method measures
 * only the caller's side of a round trip.
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
