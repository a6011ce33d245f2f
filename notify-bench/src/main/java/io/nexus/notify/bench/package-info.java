/**
 * notify-bench: JMH benchmarks that compare every backend with the peers a user would write
 * instead and with the hardware floors ({@code jmh}, {@code peer}), the report that turns a
 * run's JSON into a table, a chart and a recommendation ({@code report}), and the main job
 * that runs JMH and then the report ({@link io.nexus.notify.bench.BenchMain}), with the idle
 * CPU probe.
 */
package io.nexus.notify.bench;
