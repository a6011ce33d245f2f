package io.nexus.notify.bench.jmh;

/**
 * A thread answering a benchmark thread's pings for a trial, so that the timed method measures
 * only the caller's side of a round trip; closing it stops it.
 */
final class Echo implements AutoCloseable {

    /** Written by the benchmark thread at close, read by the echo loop each turn. */
    private volatile boolean running = true;
    private final Runnable wake;
    final Thread thread;

    /**
     * Starts a daemon thread that runs {@code step} (wait for a ping, answer it) until closed;
     * {@code wake} must make a blocked step return.
     */
    Echo(String name, Runnable step, Runnable wake) {
        this.wake = wake;
        thread = new Thread(() -> {
            while (running) {
                step.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the thread: wakes a blocked step, then waits for the thread's end. */
    @Override
    public void close() {
        running = false;
        wake.run();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
