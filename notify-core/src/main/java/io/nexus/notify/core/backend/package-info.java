/**
 * The built-in backends, not exported: only their providers are public, for
 * {@link java.util.ServiceLoader}. Each is the engine, {@link io.nexus.notify.core.ConflatingEventQueue},
 * over one {@link io.nexus.notify.core.IndexQueue}:
 * <ul>
 *   <li>{@code builtin} ({@link io.nexus.notify.core.backend.RingProvider}): a primitive
 *       {@code int} ring with no dependency, {@code IntMpscRing};</li>
 *   <li>{@code jctools} ({@link io.nexus.notify.core.backend.JctoolsProvider}): JCTools'
 *       {@code MpscAtomicArrayQueue}, when JCTools is present;</li>
 *   <li>{@code agrona} ({@link io.nexus.notify.core.backend.AgronaProvider}): Agrona's
 *       {@code ManyToOneConcurrentArrayQueue}, when Agrona is present and can start.</li>
 * </ul>
 * The two library queues hold one canonical {@link java.lang.Integer} per token
 * ({@code CanonicalBoxes}), so no notify boxes, and share {@code LibraryBackedProvider}'s
 * availability probe. Only {@code JctoolsIndexQueue} and {@code AgronaIndexQueue} name a
 * library type, so the providers load, and explain why they are unavailable, without it.
 */
package io.nexus.notify.core.backend;
