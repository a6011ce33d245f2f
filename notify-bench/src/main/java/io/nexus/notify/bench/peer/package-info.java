/**
 * The subjects of the benchmarks: the backends by name, and the peers a user would write
 * instead of this library, with the same semantics (conflation, FIFO, budgeted drain, the
 * same happens-before contract).
 */
package io.nexus.notify.bench.peer;
