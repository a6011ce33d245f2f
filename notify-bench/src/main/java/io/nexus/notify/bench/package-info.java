/**
 * notify-bench: JMH benchmarks comparing the backends with the peers a user would write instead
 * and with the hardware floors, the report of a run, and {@code ./bench}'s main class.
 */
package io.nexus.notify.bench;
