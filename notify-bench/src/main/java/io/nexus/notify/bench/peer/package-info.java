/**
 * The queues under test: the installed backends by name, and the peers a user would write
 * instead of this library, with the same notify/poll semantics (conflation, FIFO, budgeted
 * drain, the same happens-before contract).
 */
package io.nexus.notify.bench.peer;
