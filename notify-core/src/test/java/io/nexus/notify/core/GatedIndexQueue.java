package io.nexus.notify.core;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link IndexQueue} test double whose drain, once entered, waits for the test to open a
 * gate: it holds a poll inside the engine for as long as the test needs. Offers go to a
 * {@link FifoIndexQueue}; make them before the polling thread starts.
 */
final class GatedIndexQueue implements IndexQueue {

    private final FifoIndexQueue fifo = new FifoIndexQueue();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger drains = new AtomicInteger();

    @Override
    public boolean offer(int index) {
        return fifo.offer(index);
    }

    @Override
    public int drain(int[] into, int offset, int max) {
        drains.incrementAndGet();
        entered.countDown();
        boolean interrupted = false;
        while (true) {
            try {
                gate.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return fifo.drain(into, offset, max);
    }

    @Override
    public int size() {
        return fifo.size();
    }

    @Override
    public boolean hasNext() {
        return fifo.hasNext();
    }

    @Override
    public boolean isEmpty() {
        return fifo.isEmpty();
    }

    /** Waits until a drain has entered, and so holds its poll inside the engine. */
    void awaitDrainEntered() throws InterruptedException {
        entered.await();
    }

    /** Lets every drain, waiting or to come, go on. */
    void open() {
        gate.countDown();
    }

    /** Returns how many drains have started. */
    int drains() {
        return drains.get();
    }
}
