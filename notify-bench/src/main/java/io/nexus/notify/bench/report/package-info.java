/**
 * The report of a run, read from JMH's JSON with Gson: the table, the chart, the baseline
 * comparison and the recommendation within JMH's error intervals, and the allocation check.
 */
package io.nexus.notify.bench.report;
