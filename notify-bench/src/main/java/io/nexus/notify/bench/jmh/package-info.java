/**
 * The JMH benchmarks, each class declaring what it needs: the settings every class inherits
 * from {@link io.nexus.notify.bench.jmh.Defaults}, longer iterations on the round trips that
 * park or select, thread counts and groups, and its subjects. Queue benchmarks take theirs from
 * {@link io.nexus.notify.bench.jmh.Subject}'s {@code backend} parameter; {@code FloorBench}
 * measures the hardware and OS limits the queue figures are compared with. Every benchmark
 * reports ns per operation and returns what it computed, which JMH consumes so that the work
 * is not eliminated. Operations too short to time alone after an untimed setup are timed in
 * batches ({@code Level.Invocation} setup, {@code @OperationsPerInvocation}).
 */
package io.nexus.notify.bench.jmh;
