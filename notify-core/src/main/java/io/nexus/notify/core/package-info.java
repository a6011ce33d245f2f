/**
 * The conflating engine shared by the queue backends.
 *
 * <p>{@link io.nexus.notify.core.ConflatingEventQueue} owns the pending flags, conflation,
 * the FIFO drain and every memory-ordering decision; a backend only supplies an
 * {@link io.nexus.notify.core.IndexQueue}, a multi-producer single-consumer FIFO of token
 * indices.
 */
package io.nexus.notify.core;
