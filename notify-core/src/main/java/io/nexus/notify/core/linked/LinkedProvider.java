package io.nexus.notify.core.linked;

import io.nexus.notify.EventQueue;
import io.nexus.notify.spi.EventQueueProvider;
import java.util.Optional;

/**
 * The {@code linked} backend: {@link LinkedEventQueue}, an intrusive linked list through an
 * {@code int[]} indexed by token. Needs nothing but the JDK. Memory: four bytes per token plus
 * one stub entry and a few hundred bytes of padding.
 */
public final class LinkedProvider implements EventQueueProvider {

    /** The backend name. */
    public static final String NAME = "linked";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public LinkedProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 90;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public EventQueue create(int capacity) {
        return new LinkedEventQueue(capacity, NAME);
    }
}
