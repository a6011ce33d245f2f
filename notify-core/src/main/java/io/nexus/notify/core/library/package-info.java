/**
 * What the library-backed backends ({@code jctools}, {@code agrona}) share: the provider base
 * that probes for the optional library, and the preallocated boxes they queue. Not exported:
 * not public API.
 */
package io.nexus.notify.core.library;
