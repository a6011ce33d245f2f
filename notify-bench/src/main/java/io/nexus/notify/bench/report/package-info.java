/**
 * The report: reads JMH's JSON results, lays them out as a comparison table (rows are
 * operations; columns are subjects and the floor; cells are ns/op with a ratio to the floor
 * or to the best peer), renders it as text, Markdown and a chart, and checks allocation.
 */
package io.nexus.notify.bench.report;
