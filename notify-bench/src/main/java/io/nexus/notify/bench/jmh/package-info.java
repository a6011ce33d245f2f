/**
 * The JMH benchmarks, each class declaring what it needs: the settings every class inherits
 * from {@link io.nexus.notify.bench.jmh.Defaults} (1 fork, 2 warm-up and 5 measurement
 * iterations of 100 ms), longer iterations on the round trips that park or select, thread
 * counts and groups, and its subjects. Queue benchmarks extend
 * {@link io.nexus.notify.bench.jmh.Subject}, whose {@code backend} parameter lists every
 * backend of this library and both peers; floor benchmarks ({@code Floor*}) measure the
 * hardware and OS limits the queue figures are compared with. Every benchmark reports
 * nanoseconds per operation. Operations too short to time one by one after an untimed setup
 * are timed in batches with {@code Level.Invocation} setup and
 * {@code @OperationsPerInvocation}, so that the timer's own cost is spread over the batch.
 */
package io.nexus.notify.bench.jmh;
