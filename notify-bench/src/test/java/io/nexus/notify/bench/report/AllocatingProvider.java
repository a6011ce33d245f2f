package io.nexus.notify.bench.report;

import io.nexus.notify.EventQueue;
import io.nexus.notify.Notifier;
import io.nexus.notify.Poller;
import io.nexus.notify.spi.EventQueueProvider;
import java.util.Optional;

/**
 * A backend that allocates on purpose, for {@link AllocationGateTest} only: the built-in queue
 * with a notifier that publishes a new boxed token on every call, where escape analysis cannot
 * remove it. Registered for the tests' class path only, with the lowest priority, so it is
 * chosen only by name.
 */
public final class AllocatingProvider implements EventQueueProvider {

    /** The backend's name. */
    public static final String NAME = "allocating";

    /** The last box, published so that the allocation cannot be elided. */
    static volatile Object sink;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public EventQueue create(int capacity) {
        final EventQueue inner = EventQueue.create(capacity, "builtin");
        final Notifier notifier = new Notifier() {
            @Override
            public boolean notify(int token) {
                sink = new int[] {token};
                return inner.notifier().notify(token);
            }

            @Override
            public int capacity() {
                return inner.capacity();
            }
        };
        return new EventQueue() {
            @Override
            public Notifier notifier() {
                return notifier;
            }

            @Override
            public Poller poller() {
                return inner.poller();
            }

            @Override
            public int capacity() {
                return inner.capacity();
            }

            @Override
            public String backend() {
                return NAME;
            }
        };
    }
}
