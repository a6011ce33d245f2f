package io.nexus.notify.spi;

import io.nexus.notify.EventQueue;
import java.util.List;
import java.util.Optional;

/**
 * A backend: a named way to build {@link EventQueue}s, discovered with
 * {@link java.util.ServiceLoader}.
 *
 * <p>Implementations need a public no-argument constructor that does no heavy work and never
 * fails because an optional library is missing: report that through
 * {@link #unavailableReason()} instead.
 */
public interface EventQueueProvider {

    /**
     * Returns the backend's unique name, used by {@link EventQueue#create(int, String)} and the
     * system property {@value Backends#BACKEND_PROPERTY}.
     *
     * @return a short lower-case name
     */
    String name();

    /**
     * Returns the rank used to pick the default: the available backend with the highest
     * priority wins.
     *
     * @return the priority
     */
    int priority();

    /**
     * Tells why this backend cannot be used in this JVM, if it cannot.
     *
     * @return empty if the backend is usable, else a reason such as a missing library
     */
    Optional<String> unavailableReason();

    /**
     * Tells whether this backend is usable in this JVM.
     *
     * @return {@code true} if {@link #unavailableReason()} is empty
     */
    default boolean isAvailable() {
        return unavailableReason().isEmpty();
    }

    /**
     * Creates a queue. Called only when {@link #isAvailable()} is true.
     *
     * @param capacity the number of distinct tokens, already checked to be in
     *     {@code [1, EventQueue.MAX_CAPACITY]}
     * @return a new queue with nothing pending, whose {@link EventQueue#backend()} is
     *     {@link #name()}
     */
    EventQueue create(int capacity);

    /**
     * Lists the JVM options this backend needs to start, for example an {@code --add-exports}
     * that its library requires. Tools that launch JVMs for a backend (benchmark forks, test
     * runners) add them, and the message of an unavailable backend names them.
     *
     * @return the options, each a separate command-line argument; empty by default
     */
    default List<String> jvmOptions() {
        return List.of();
    }
}
