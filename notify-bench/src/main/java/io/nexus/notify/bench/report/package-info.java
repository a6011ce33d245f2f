/**
 * The report: takes a run's results (JMH's {@code RunResult}s, or a saved JSON result read
 * back), lays them out as a comparison table (rows are operations; columns are subjects and
 * the floor; cells are ns/op with a ratio to the floor or to the best peer), renders it as
 * text, Markdown and a chart, compares it with a baseline run, checks allocation and ends
 * with the backend to deploy for a notify-heavy and a poll-heavy load.
 */
package io.nexus.notify.bench.report;
