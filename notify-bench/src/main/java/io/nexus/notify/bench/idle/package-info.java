/**
 * The idle CPU probe: how much of a core a receiver costs while it waits on an empty channel,
 * once its wait strategy has stopped spinning. JMH measures time per operation, not the cost of
 * having no operation, so this is a plain main class, run by {@code ./bench --idle}.
 */
package io.nexus.notify.bench.idle;
