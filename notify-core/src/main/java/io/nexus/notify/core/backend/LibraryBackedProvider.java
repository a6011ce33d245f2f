package io.nexus.notify.core.backend;

import io.nexus.notify.EventQueue;
import io.nexus.notify.core.ConflatingEventQueue;
import io.nexus.notify.core.IndexQueue;
import io.nexus.notify.spi.EventQueueProvider;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A backend that runs the shared engine over a queue from an optional third-party library.
 *
 * <p>The subclass must name no library type in its own signatures or static initialiser, so
 * that it loads, and explains why it is unavailable, when the library is missing; only the
 * class behind {@link #newIndexQueue(int)} links against the library. Availability is decided
 * once, on first use: the library's marker class must be found (looked up without
 * initialising it), and a one-slot queue must accept an offer and return it.
 *
 * <p>Not public API: this package is not exported.
 */
abstract class LibraryBackedProvider implements EventQueueProvider {

    private final String name;
    private final int priority;
    private final String artifact;
    private final String module;
    private final String markerClass;

    /** Empty if usable, else the reason; filled on first use. Benign race: same result. */
    private volatile Optional<String> unavailableReason;

    /**
     * Describes the backend.
     *
     * @param name        the backend name
     * @param priority    the backend priority
     * @param artifact    the library's Maven coordinates, for messages, e.g. {@code g:a}
     * @param module      the library's module name, for messages
     * @param markerClass a class of the library whose presence means it is on the class path
     */
    protected LibraryBackedProvider(String name, int priority, String artifact, String module,
            String markerClass) {
        this.name = Objects.requireNonNull(name, "name");
        this.priority = priority;
        this.artifact = Objects.requireNonNull(artifact, "artifact");
        this.module = Objects.requireNonNull(module, "module");
        this.markerClass = Objects.requireNonNull(markerClass, "markerClass");
    }

    /**
     * Creates the library-backed queue. Called only once the library has been found.
     *
     * @param capacity the number of distinct token indices, at least 1
     * @return an empty queue with room for {@code capacity} indices
     */
    protected abstract IndexQueue newIndexQueue(int capacity);

    /**
     * Tells what else to do when the library is present but fails to link or initialise,
     * besides giving the JVM options of {@link #jvmOptions()}, which the reason names first.
     *
     * @return advice appended to the unavailable reason; empty by default
     */
    protected String linkageAdvice() {
        return "";
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int priority() {
        return priority;
    }

    @Override
    public final Optional<String> unavailableReason() {
        Optional<String> reason = unavailableReason;
        if (reason == null) {
            reason = probe();
            unavailableReason = reason;
        }
        return reason;
    }

    @Override
    public final EventQueue create(int capacity) {
        return new ConflatingEventQueue(capacity, newIndexQueue(capacity), name);
    }

    private Optional<String> probe() {
        try {
            Class.forName(markerClass, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.of(artifact + " is not on the class path (" + markerClass
                + " not found; on the module path, resolve module " + module
                + ", e.g. with --add-modules " + module + ")");
        }
        try {
            final IndexQueue q = newIndexQueue(1);
            final int[] taken = new int[2];
            if (q.offer(0) && !q.isEmpty() && q.drain(taken, 0, 2) == 1 && taken[0] == 0
                    && q.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(artifact + " on the class path misbehaves");
        } catch (LinkageError e) {
            final List<String> options = jvmOptions();
            return Optional.of(artifact + " is on the class path but cannot start (" + e + ")"
                + (options.isEmpty() ? "" : "; it needs the JVM option "
                    + String.join(" ", options)) + linkageAdvice());
        }
    }
}
