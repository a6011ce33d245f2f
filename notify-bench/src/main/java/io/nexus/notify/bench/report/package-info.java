/**
 * The report of a run, read from JMH's JSON with Gson: the comparison table (Markdown, aligned
 * for a terminal too), the chart, the comparison with a baseline within JMH's error
 * intervals, the recommendation per load and the allocation check.
 */
package io.nexus.notify.bench.report;
