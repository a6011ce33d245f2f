package io.nexus.notify.internal;

import io.nexus.notify.Events;

/**
 * The bridge through which {@link io.nexus.notify.spi.EventsAppender} reaches the storage of
 * an {@link Events}, which keeps its append methods package-private so that users cannot
 * append to a batch. Not public API (the package is exported only to notify's own modules).
 *
 * <p>{@code Events} installs its accessor from its static initialiser; {@link #get()} forces
 * that initialisation, so the accessor is always the one {@code Events} installed.
 */
public final class EventsAccess {

    /** The storage operations of {@link Events} that backends need. */
    public interface Storage {

        /**
         * Makes room for {@code count} more indices.
         *
         * @param events the buffer
         * @param count  how many indices will be written, {@code >= 0}
         * @return the backing array, with room at {@code [events.size(), events.size() + count)}
         */
        int[] reserve(Events events, int count);

        /**
         * Counts {@code count} indices written after the current size.
         *
         * @param events the buffer
         * @param count  how many were written into the reserved room
         */
        void commit(Events events, int count);
    }

    /** Volatile: read without a lock, so that {@link #get()} never holds a lock while it
     * initialises {@code Events} (whose initialiser calls {@link #install}). */
    private static volatile Storage storage;

    private EventsAccess() {
    }

    /**
     * Installs the accessor. Called once, by {@link Events}' static initialiser.
     *
     * @param access the accessor
     * @throws IllegalStateException if an accessor is already installed
     */
    public static synchronized void install(Storage access) {
        if (storage != null) {
            throw new IllegalStateException("Events storage access is already installed");
        }
        storage = access;
    }

    /**
     * Returns the accessor, initialising {@link Events} first if needed.
     *
     * @return the accessor
     */
    public static Storage get() {
        Storage s = storage;
        if (s == null) {
            try {
                Class.forName(Events.class.getName(), true, Events.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            s = storage;
        }
        return s;
    }
}
