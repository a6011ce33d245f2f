/**
 * Helpers shared by notify's own modules: argument checks and the bridge to the storage of
 * {@link io.nexus.notify.Events}. Not public API; the module exports this package only to
 * {@code io.nexus.notify.core}, {@code io.nexus.notify.channel} and
 * {@code io.nexus.notify.value}.
 */
package io.nexus.notify.internal;
