/**
 * What the backends cost in memory: the retained size of a queue, measured with JOL, and the
 * allocation of steady-state notify and poll (none), counted per thread by the JVM.
 */
package io.nexus.notify.footprint;
