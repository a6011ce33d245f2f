package io.nexus.notify.value;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Notifier;
import java.util.Objects;

/** Argument checks the value types share, with the same exceptions as the queue's. */
final class Slots {

    private Slots() {
    }

    /**
     * Checks a notifier and the capacity of the slots laid over it.
     *
     * @return {@code capacity}
     * @throws NullPointerException     if {@code notifier} is null
     * @throws IllegalArgumentException if {@code capacity} is not in
     *     {@code [1, notifier.capacity()]}
     */
    static int checkCapacity(Notifier notifier, int capacity) {
        Objects.requireNonNull(notifier, "notifier");
        final int most = Math.min(notifier.capacity(), EventQueue.MAX_CAPACITY);
        if (capacity < 1 || capacity > most) {
            throw new IllegalArgumentException("capacity must be in [1, " + most
                + "] (the notifier's capacity), was " + capacity);
        }
        return capacity;
    }

    /**
     * Builds the exception for a token outside {@code [0, capacity)}.
     *
     * @return the exception to throw
     */
    static IndexOutOfBoundsException tokenOutOfRange(int token, int capacity) {
        return new IndexOutOfBoundsException("token index " + token + " is out of range [0, "
            + capacity + ")");
    }
}
