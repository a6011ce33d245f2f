package io.nexus.notify.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Worker threads that run numbered rounds in lockstep with the thread that drives them, so
 * that a stress test can run thousands of short races without starting threads for each.
 *
 * <p>The driver sets up round {@code r}, calls {@link #open(int)}, takes its own part in the
 * race, then calls {@link #awaitFinished(int)}; each worker runs its body once per round. The
 * volatile write in {@code open} publishes the driver's set-up to the workers, and each
 * worker's increment of the finish count publishes its results to the driver. Waiting spins
 * briefly, then yields: rounds last microseconds, too short to park and be woken for, and
 * yielding leaves the CPU to the threads still racing.
 *
 * <p>A worker that throws records the first failure, stops taking part, and still counts as
 * finished for that round and every later one, so the driver never waits for it;
 * {@link #failure()} reports it.
 */
final class Lockstep {

    /** Spins before a waiting thread starts to yield. */
    private static final int SPINS = 64;

    /** One worker's work in a round. */
    @FunctionalInterface
    interface Body {
        /**
         * Runs the worker's part of a round.
         *
         * @param round the round number, from 1
         * @throws Exception anything; recorded as the run's failure
         */
        void run(int round) throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile int opened;
    private volatile boolean stopped;

    /**
     * Starts one daemon thread per body; each waits for round 1.
     *
     * @param name   the threads' name prefix
     * @param bodies the workers' per-round work
     */
    Lockstep(String name, List<Body> bodies) {
        for (Body body : bodies) {
            final Thread thread = new Thread(() -> work(body), name + "-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    /**
     * Lets the workers run round {@code round}. Call with 1, 2, 3, ... in turn, each after
     * {@link #awaitFinished} for the round before.
     *
     * @param round the round number
     */
    void open(int round) {
        opened = round;
    }

    /**
     * Waits until every worker has finished round {@code round}.
     *
     * @param round the round opened last
     * @throws InterruptedException if the driver is interrupted while it waits
     */
    void awaitFinished(int round) throws InterruptedException {
        final long target = (long) threads.size() * round;
        for (int i = 0; finished.get() < target; i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted waiting for round " + round);
            }
            pause(i);
        }
    }

    /**
     * Returns the first exception a worker threw.
     *
     * @return the failure, or {@code null} if none
     */
    Throwable failure() {
        return failure.get();
    }

    /**
     * Tells the workers to end after their current round and waits for them.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void stop() throws InterruptedException {
        stopped = true;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void work(Body body) {
        boolean failed = false;
        for (int round = 1; ; round++) {
            for (int i = 0; opened < round; i++) {
                if (stopped) {
                    return;
                }
                pause(i);
            }
            if (!failed) {
                try {
                    body.run(round);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    failed = true;
                }
            }
            finished.incrementAndGet();
        }
    }

    private static void pause(int i) {
        if (i < SPINS) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }
}
