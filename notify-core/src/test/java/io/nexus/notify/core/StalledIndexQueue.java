package io.nexus.notify.core;

/**
 * An {@link IndexQueue} test double whose only entry is claimed by a producer that never
 * finishes writing it: strictly not empty, yet a drain moves nothing.
 */
final class StalledIndexQueue implements IndexQueue {

    private int drains;

    @Override
    public boolean offer(int index) {
        throw new AssertionError("the stalled queue takes no offer");
    }

    @Override
    public int drain(int[] into, int offset, int max) {
        drains++;
        return 0;
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    /** Returns how many times {@link #drain} was called. */
    int drains() {
        return drains;
    }
}
