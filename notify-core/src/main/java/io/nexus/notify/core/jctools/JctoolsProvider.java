package io.nexus.notify.core.jctools;

import io.nexus.notify.EventQueue;
import io.nexus.notify.core.ConflatingEventQueue;
import io.nexus.notify.spi.EventQueueProvider;
import java.util.Optional;

/**
 * The {@code jctools} backend: the conflating engine over a JCTools {@code MpscArrayQueue} of
 * canonical {@link Integer}s, one preallocated per token so that no notify boxes.
 *
 * <p>Available only when {@code org.jctools:jctools-core} is on the class path (or, with
 * modules, {@code org.jctools.core} is resolved). This class names no JCTools type, so it
 * loads, and reports the reason, without the library. Memory per token: one byte of flag, a
 * four-byte reference and a sixteen-byte {@code Integer} (compressed oops), plus a four-byte
 * queue slot with the queue rounded up to a power of two.
 */
public final class JctoolsProvider implements EventQueueProvider {

    /** The backend name. */
    public static final String NAME = "jctools";

    /** The JCTools class whose presence makes this backend available. */
    static final String QUEUE_CLASS = "org.jctools.queues.MpscArrayQueue";

    /** Filled on first use: empty if usable, else the reason. Benign race: same result. */
    private volatile Optional<String> unavailableReason;

    /** Creates the provider; called by {@link java.util.ServiceLoader}. Does no lookup. */
    public JctoolsProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 50;
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
            Class.forName(QUEUE_CLASS, false, JctoolsProvider.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of("org.jctools:jctools-core is not on the class path (" + QUEUE_CLASS
                + " not found; on the module path, resolve module org.jctools.core,"
                + " e.g. with --add-modules org.jctools.core)");
        }
        // Only now is it safe to load the class that links against JCTools.
        return JctoolsIndexQueue.probe();
    }

    @Override
    public EventQueue create(int capacity) {
        return new ConflatingEventQueue(capacity, JctoolsIndexQueue.create(capacity), NAME);
    }
}
