package io.nexus.notify.core.agrona;

import io.nexus.notify.EventQueue;
import io.nexus.notify.core.ConflatingEventQueue;
import io.nexus.notify.spi.EventQueueProvider;
import java.util.Optional;

/**
 * The {@code agrona} backend: the conflating engine over an Agrona
 * {@code ManyToOneConcurrentArrayQueue} of canonical {@link Integer}s, one preallocated per
 * token so that no notify boxes.
 *
 * <p>Available only when {@code org.agrona:agrona} is on the class path (or, with modules,
 * {@code org.agrona} is resolved) and works: Agrona 2.x reaches {@code jdk.internal.misc.Unsafe}
 * and so needs the JVM option {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED}
 * ({@code =org.agrona} on the module path); without it the reason says so. This class names no
 * Agrona type, so it loads without the library. Memory per token: one byte of flag, a four-byte
 * reference and a sixteen-byte {@code Integer} (compressed oops), plus a four-byte queue slot
 * with the queue rounded up to a power of two.
 */
public final class AgronaProvider implements EventQueueProvider {

    /** The backend name. */
    public static final String NAME = "agrona";

    /** The Agrona class whose presence makes this backend available. */
    static final String QUEUE_CLASS = "org.agrona.concurrent.ManyToOneConcurrentArrayQueue";

    /** Filled on first use: empty if usable, else the reason. Benign race: same result. */
    private volatile Optional<String> unavailableReason;

    /** Creates the provider; called by {@link java.util.ServiceLoader}. Does no lookup. */
    public AgronaProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public Optional<String> unavailableReason() {
        Optional<String> reason = unavailableReason;
        if (reason == null) {
            reason = probe();
            unavailableReason = reason;
        }
        return reason;
    }

    private static Optional<String> probe() {
        try {
            // Look the class up without initialising it: a missing jar must not be an error.
            Class.forName(QUEUE_CLASS, false, AgronaProvider.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("org.agrona:agrona is not on the class path (" + QUEUE_CLASS
                + " not found; on the module path, resolve module org.agrona,"
                + " e.g. with --add-modules org.agrona)");
        }
        // Only now is it safe to load the class that links against Agrona.
        return AgronaIndexQueue.probe();
    }

    @Override
    public EventQueue create(int capacity) {
        return new ConflatingEventQueue(capacity, AgronaIndexQueue.create(capacity), NAME);
    }
}
