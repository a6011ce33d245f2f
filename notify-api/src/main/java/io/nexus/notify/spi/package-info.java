/**
 * The service-provider interface for notify backends.
 *
 * <p>A backend implements {@link io.nexus.notify.spi.EventQueueProvider} and registers it
 * with {@code META-INF/services/io.nexus.notify.spi.EventQueueProvider} (and
 * {@code provides} in its {@code module-info}). {@link io.nexus.notify.spi.Backends} finds the
 * providers and selects one; it also holds the argument checks every backend shares so that
 * all backends fail the same way on bad input.
 */
package io.nexus.notify.spi;
