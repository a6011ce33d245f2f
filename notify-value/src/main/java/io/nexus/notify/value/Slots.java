package io.nexus.notify.value;

import io.nexus.notify.Notifier;
import java.util.Objects;

/**
 * The capacity check the value types share; token checks use the queue's own
 * ({@code io.nexus.notify.spi.Checks}), so that both fail with the same message.
 */
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
        final int most = notifier.capacity();
        if (capacity < 1 || capacity > most) {
            throw new IllegalArgumentException("capacity must be in [1, " + most
                + "] (the notifier's capacity), was " + capacity);
        }
        return capacity;
    }
}
