package io.nexus.notify.core.backend;

import io.nexus.notify.core.IndexQueue;

/**
 * The {@code jctools} backend: the conflating engine over a JCTools
 * {@code MpscAtomicArrayQueue} of canonical {@link Integer}s, one preallocated per token so
 * that no notify boxes. The atomic variant, not {@code MpscArrayQueue}: it does not use
 * {@code sun.misc.Unsafe}, so Java 24 and later print no deprecation warning for it.
 *
 * <p>Available only when {@code org.jctools:jctools-core} is on the class path (or, with
 * modules, {@code org.jctools.core} is resolved). This class names no JCTools type, so it
 * loads, and reports the reason, without the library. Memory per token: one byte of flag, a
 * four-byte reference and a sixteen-byte {@code Integer} (compressed oops), plus a four-byte
 * queue slot with the queue rounded up to a power of two.
 */
public final class JctoolsProvider extends LibraryBackedProvider {

    /** The backend name. */
    public static final String NAME = "jctools";

    /** The JCTools class whose presence makes this backend available. */
    static final String QUEUE_CLASS = "org.jctools.queues.atomic.MpscAtomicArrayQueue";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. Does no lookup. */
    public JctoolsProvider() {
        super(NAME, 50, "org.jctools:jctools-core", "org.jctools.core", QUEUE_CLASS);
    }

    @Override
    protected IndexQueue newIndexQueue(int capacity) {
        return JctoolsIndexQueue.create(capacity);
    }
}
