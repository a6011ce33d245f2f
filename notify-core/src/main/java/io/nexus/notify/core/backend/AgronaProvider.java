package io.nexus.notify.core.backend;

import io.nexus.notify.core.IndexQueue;
import java.util.List;

/**
 * The {@code agrona} backend: the conflating engine over an Agrona
 * {@code ManyToOneConcurrentArrayQueue} of canonical {@link Integer}s, one preallocated per
 * token so that no notify boxes.
 *
 * <p>Available only when {@code org.agrona:agrona} is on the class path (or, with modules,
 * {@code org.agrona} is resolved) and works: Agrona 2.x reaches {@code jdk.internal.misc.Unsafe}
 * and so needs the JVM option {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED}
 * ({@code =org.agrona} on the module path). Without it the JVM prints nothing, the backend is
 * left out of {@link io.nexus.notify.EventQueue#availableBackends()}, and asking for it throws
 * an {@link IllegalArgumentException} whose message gives Agrona's {@code IllegalAccessError}
 * and names the option. The 1.x line needs no option but reaches {@code sun.misc.Unsafe}, so
 * on Java 24 and later it prints the JDK's deprecation warning in every application, and fails
 * to start where that access is denied: one option with a clear message is the better deal.
 * This class names no Agrona type, so it loads without the library. Memory per token: one byte
 * of flag, a four-byte reference and a sixteen-byte {@code Integer} (compressed oops), plus a
 * four-byte queue slot with the queue rounded up to a power of two.
 */
public final class AgronaProvider extends LibraryBackedProvider {

    /** The backend name. */
    public static final String NAME = "agrona";

    /** The Agrona class whose presence makes this backend available. */
    static final String QUEUE_CLASS = "org.agrona.concurrent.ManyToOneConcurrentArrayQueue";

    /** Creates the provider; called by {@link java.util.ServiceLoader}. Does no lookup. */
    public AgronaProvider() {
        super(NAME, 40, "org.agrona:agrona", "org.agrona", QUEUE_CLASS);
    }

    @Override
    protected IndexQueue newIndexQueue(int capacity) {
        return AgronaIndexQueue.create(capacity);
    }

    /**
     * Names the export Agrona 2.x needs.
     *
     * @return {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED}
     */
    @Override
    public List<String> jvmOptions() {
        return List.of("--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED");
    }

    @Override
    protected String linkageAdvice() {
        return " (Agrona 2.x; =org.agrona instead of =ALL-UNNAMED on the module path)";
    }
}
