/**
 * A runnable market-data demo of the value layer: feed threads publish ticks (bid, ask, size,
 * publish time) for many instruments into a {@link io.nexus.notify.value.LatestLongs} over an
 * {@link io.nexus.notify.channel.EventChannel}'s sender; one consumer thread blocks in
 * {@code recv}, reads the latest tick of each instrument that changed, and records how old it
 * was. Once a second the demo prints the update and delivery rates, the conflation ratio and
 * the latency percentiles; at the end it checks that the consumer's final view is the last
 * tick published for every instrument.
 *
 * <p>Run it with {@code ./demo} at the repository root; {@code ./demo --help} lists the
 * options. {@link io.nexus.notify.demo.MarketDataDemo} is the entry point.
 */
package io.nexus.notify.demo;
