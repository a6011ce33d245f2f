package io.nexus.notify.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The soak's producer threads, their stop flag and the first failure any of them hit. */
final class ProducerThreads {

    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean running = true;

    /**
     * Tells the producers whether to go on.
     *
     * @return {@code false} once {@link #stopAndJoin()} has been called
     */
    boolean running() {
        return running;
    }

    /**
     * Returns the first exception a producer threw.
     *
     * @return the failure, or {@code null} if none
     */
    Throwable failure() {
        return failure.get();
    }

    /**
     * Starts a daemon thread running {@code producer}, recording what it throws.
     *
     * @param producer the producer's loop
     */
    void start(Runnable producer) {
        final Thread thread = new Thread(() -> {
            try {
                producer.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "soak-producer-" + threads.size());
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /**
     * Tells every producer to stop and waits for them to end.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void stopAndJoin() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
