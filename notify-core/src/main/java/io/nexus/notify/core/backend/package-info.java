/**
 * The built-in backend: the engine over a primitive {@code int} ring with no third-party
 * dependency. Named {@code builtin}.
 */
package io.nexus.notify.core.ring;
