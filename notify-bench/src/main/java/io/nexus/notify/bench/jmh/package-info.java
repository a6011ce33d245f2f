/**
 * The JMH benchmarks. Queue benchmarks take the subject as their {@code backend} parameter
 * (every available backend plus the peers of {@link io.nexus.notify.bench.peer.Subjects});
 * floor benchmarks ({@code Floor*}) measure the hardware and OS limits the queue figures are
 * compared with. Every benchmark reports nanoseconds per operation. The latest-value
 * benchmarks ({@code LatestLongs*}, {@code LatestValues*}) measure the value layer over the
 * same subjects, each beside the queue benchmark it extends. The channel round trip and the
 * sender benchmark also take a {@code strategy} parameter naming the channels' wait strategy.
 * {@code LocalQueueBench} names its own subjects, the single-thread queue ({@code local}) and
 * {@code builtin}, because the single-thread queue is not a backend and cannot run the
 * multi-threaded benchmarks.
 *
 * <p>Operations too short to time one by one after an untimed setup (a poll of a refilled
 * queue) are timed in batches over several queues with {@code Level.Invocation} setup and
 * {@code @OperationsPerInvocation}, so that the timer's own cost is spread over the batch.
 */
package io.nexus.notify.bench.jmh;
