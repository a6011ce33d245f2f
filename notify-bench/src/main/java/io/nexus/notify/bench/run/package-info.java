/**
 * The runner behind the {@code bench} script: picks the benchmarks and subjects, sizes the
 * JMH settings to the time budget, runs JMH with the GC profiler while printing one progress
 * line per benchmark, and hands the JSON result to the report.
 */
package io.nexus.notify.bench.run;
