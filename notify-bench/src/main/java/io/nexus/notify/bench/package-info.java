/**
 * notify-bench: JMH benchmarks that compare every available backend with the peers a user
 * would write instead and with the hardware floors, plus the runner and the report that turn
 * one run into a table and a chart.
 */
package io.nexus.notify.bench;
