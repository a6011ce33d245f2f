/**
 * Stress soak of every available backend: many producers, one consumer, random poll limits,
 * invariants checked on every poll and the happens-before contract checked at the end.
 */
package io.nexus.notify.stress;
