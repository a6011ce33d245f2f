/**
 * The queues under test: the installed backends by name, and the peers a user would write
 * instead of this library, with the same notify/poll semantics (conflation, FIFO, budgeted
 * drain, the same happens-before contract). For the latest-value layer, the same names build
 * the library's {@code LatestValues} over a backend, or the value peers a user would write
 * instead ({@link io.nexus.notify.bench.peer.LatestValueStore}).
 */
package io.nexus.notify.bench.peer;
