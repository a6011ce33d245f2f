/**
 * The service-provider interface for notify backends.
 *
 * <p>A backend implements {@link io.nexus.notify.spi.EventQueueProvider} and registers it
 * with {@code META-INF/services/io.nexus.notify.spi.EventQueueProvider} (and
 * {@code provides} in its {@code module-info}). {@link io.nexus.notify.spi.Backends} finds the
 * providers and selects one. A backend's poller fills the user's batch with
 * {@link io.nexus.notify.Events#reserve(int)} and {@link io.nexus.notify.Events#commit(int)},
 * the only write path into an {@link io.nexus.notify.Events}, and checks its arguments with
 * {@link io.nexus.notify.spi.Checks}, so that it rejects bad input with the same exceptions
 * and messages as the built-in backends (the conformance kit checks them).
 *
 * <p>What a third-party backend may rely on: this package, and, in {@code notify-core}, the
 * engine {@code io.nexus.notify.core.ConflatingEventQueue} with its plug-in
 * {@code io.nexus.notify.core.IndexQueue}. Prove a backend with the conformance kit in
 * {@code notify-tests} ({@code io.nexus.notify.tck}).
 */
package io.nexus.notify.spi;
