package io.nexus.notify.core;

/**
 * An {@link IndexQueue} test double whose only entry is claimed by a producer that never
 * finishes writing it: strictly not empty, yet the oldest entry is never ready and a drain
 * moves nothing.
 */
final class StalledIndexQueue implements IndexQueue {

    private int looks;

    @Override
    public boolean offer(int index) {
        throw new AssertionError("the stalled queue takes no offer");
    }

    @Override
    public boolean hasNext() {
        looks++;
        return false;
    }

    @Override
    public int drain(int[] into, int offset, int max) {
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

    /** Returns how many times {@link #hasNext} was asked. */
    int looks() {
        return looks;
    }
}
