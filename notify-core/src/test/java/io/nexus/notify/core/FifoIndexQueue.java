package io.nexus.notify.core;

import java.util.ArrayDeque;

/**
 * A single-threaded {@link IndexQueue} test double: a plain FIFO in which nothing is ever
 * claimed and unwritten, so {@link #size()} is exact.
 */
public final class FifoIndexQueue implements IndexQueue {

    private final ArrayDeque<Integer> indices = new ArrayDeque<>();

    /** Creates an empty queue. */
    public FifoIndexQueue() {
    }

    @Override
    public boolean offer(int index) {
        return indices.offer(index);
    }

    @Override
    public int drain(int[] into, int offset, int max) {
        int n = 0;
        while (n < max && !indices.isEmpty()) {
            into[offset + n++] = indices.poll();
        }
        return n;
    }

    @Override
    public int size() {
        return indices.size();
    }

    @Override
    public boolean hasNext() {
        return !indices.isEmpty();
    }

    @Override
    public boolean isEmpty() {
        return indices.isEmpty();
    }
}
