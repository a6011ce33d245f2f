package io.nexus.notify.core.backend;

/**
 * One preallocated {@link Integer} per token index, for backends whose queues hold objects:
 * they queue these canonical boxes, so no notify boxes an index. Not public API: this package
 * is not exported.
 */
final class CanonicalBoxes {

    private CanonicalBoxes() {
    }

    /**
     * Makes the boxes for {@code [0, capacity)}.
     *
     * @param capacity the number of token indices
     * @return an array whose element {@code i} is an {@code Integer} of value {@code i}
     */
    public static Integer[] upTo(int capacity) {
        final Integer[] boxes = new Integer[capacity];
        for (int i = 0; i < capacity; i++) {
            boxes[i] = i;
        }
        return boxes;
    }
}
