package io.nexus.notify.core.backend;

import io.nexus.notify.EventQueue;
import io.nexus.notify.core.ConflatingEventQueue;
import io.nexus.notify.spi.EventQueueProvider;
import java.util.Optional;

/**
 * The {@code builtin} backend: the conflating engine over {@link IntMpscRing}. Needs nothing
 * but the JDK. Memory: one byte of flag per token plus a power-of-two {@code int} ring.
 */
public final class RingProvider implements EventQueueProvider {

    /** The backend name. */
    public static final String NAME = "builtin";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public RingProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public EventQueue create(int capacity) {
        return new ConflatingEventQueue(capacity, new IntMpscRing(capacity), NAME);
    }
}
