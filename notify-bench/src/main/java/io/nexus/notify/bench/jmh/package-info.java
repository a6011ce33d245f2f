/**
 * The JMH benchmarks, each declaring what it needs (settings, threads, groups, subjects) on its
 * class or method. Each returns what it computed, which JMH consumes so that the work is not
 * eliminated; operations too short to time alone are timed in batches.
 */
package io.nexus.notify.bench.jmh;
