package io.nexus.notify.tck;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * A few producer threads released together by a latch, for the concurrent conformance tests.
 * The first failure of any producer is kept and rethrown by {@link #join()}.
 */
final class ProducerCrew {

    private static final long JOIN_SECONDS = 60;

    private final Thread[] threads;
    private final CountDownLatch start = new CountDownLatch(1);
    private final CountDownLatch done;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * Starts {@code count} daemon threads, each running {@code body} with its number once
     * {@link #release()} is called.
     *
     * @param count the number of producers
     * @param body  the work of producer {@code p}, given {@code p}
     */
    ProducerCrew(int count, IntConsumer body) {
        this.threads = new Thread[count];
        this.done = new CountDownLatch(count);
        for (int p = 0; p < count; p++) {
            final int id = p;
            final Thread t = new Thread(() -> {
                try {
                    start.await();
                    body.accept(id);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "conformance-producer-" + p);
            t.setDaemon(true);
            threads[p] = t;
            t.start();
        }
    }

    /** Lets every producer run. */
    void release() {
        start.countDown();
    }

    /**
     * Tells whether every producer has returned. When true, everything the producers did
     * happens-before the caller's next action (latch semantics).
     *
     * @return {@code true} once all producers have finished
     */
    boolean finished() {
        return done.getCount() == 0;
    }

    /**
     * Waits for every producer and rethrows the first failure.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(JOIN_SECONDS));
            if (t.isAlive()) {
                throw new AssertionError(
                    t.getName() + " did not finish within " + JOIN_SECONDS + " s");
            }
        }
        final Throwable e = failure.get();
        if (e != null) {
            throw new AssertionError("a producer failed: " + e, e);
        }
    }
}
